package dev.quickbite.orders.application;

import static dev.quickbite.orders.support.TestOrders.aNewOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quickbite.contract.CancelReason;
import dev.quickbite.contract.events.DomainEvent;
import dev.quickbite.contract.events.OrderConfirmed;
import dev.quickbite.orders.domain.Order;
import dev.quickbite.orders.domain.OrderId;
import dev.quickbite.orders.domain.OrderRequest;
import dev.quickbite.orders.domain.OrderStatus;
import dev.quickbite.orders.persistence.OrderRepository;
import dev.quickbite.orders.support.OrdersWorkerIntegrationTest;
import dev.quickbite.orders.support.OutboxEvents;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@OrdersWorkerIntegrationTest
class ConfirmOrderIT {

    @Autowired
    CreateOrder createOrder;
    @Autowired
    ConfirmOrder confirmOrder;
    @Autowired
    CancelOrder cancelOrder;
    @Autowired
    OrderRepository orders;
    @Autowired
    OutboxEvents outbox;

    @Test
    void a_pending_order_becomes_confirmed_and_is_announced() {
        OrderRequest request = aNewOrder();
        createOrder.create(request);

        ConfirmOrder.Result result = confirmOrder.confirm(request.id());

        assertThat(result).isEqualTo(ConfirmOrder.Result.CONFIRMED);
        assertThat(orders.find(request.id())).map(Order::status).contains(OrderStatus.CONFIRMED);
        assertThat(outbox.dataFor(request.id())).last().isEqualTo(new OrderConfirmed(request.id().value()));
    }

    @Test
    void confirming_twice_succeeds_with_one_event() {
        OrderRequest request = aNewOrder();
        createOrder.create(request);
        confirmOrder.confirm(request.id());

        ConfirmOrder.Result repeat = confirmOrder.confirm(request.id());

        assertThat(repeat).isEqualTo(ConfirmOrder.Result.ALREADY_CONFIRMED);
        assertThat(outbox.dataFor(request.id())).filteredOn(OrderConfirmed.class::isInstance).hasSize(1);
    }

    @Test
    void a_cancelled_order_is_refused_and_stays_cancelled() {
        OrderRequest request = aNewOrder();
        createOrder.create(request);
        cancelOrder.cancel(request, CancelReason.CANCELLED_BY_USER);
        List<DomainEvent> eventsBefore = outbox.dataFor(request.id());

        ConfirmOrder.Result result = confirmOrder.confirm(request.id());

        assertThat(result).isEqualTo(ConfirmOrder.Result.REFUSED);
        assertThat(orders.find(request.id())).map(Order::status).contains(OrderStatus.CANCELLED);
        assertThat(outbox.dataFor(request.id())).isEqualTo(eventsBefore);
    }

    @Test
    void confirming_an_order_that_was_never_created_is_a_fault_that_writes_nothing() {
        OrderId unknown = aNewOrder().id();

        assertThatThrownBy(() -> confirmOrder.confirm(unknown))
                .isInstanceOf(OrderNotFoundException.class)
                .hasMessageContaining(unknown.value());
        assertThat(orders.find(unknown)).isEmpty();
        assertThat(outbox.dataFor(unknown)).isEmpty();
    }
}
