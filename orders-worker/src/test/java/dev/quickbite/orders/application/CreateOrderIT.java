package dev.quickbite.orders.application;

import static dev.quickbite.orders.support.TestOrders.aNewOrder;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quickbite.contract.CancelReason;
import dev.quickbite.contract.events.OrderCreated;
import dev.quickbite.orders.domain.Order;
import dev.quickbite.orders.domain.OrderRequest;
import dev.quickbite.orders.domain.OrderStatus;
import dev.quickbite.orders.persistence.OrderRepository;
import dev.quickbite.orders.support.OrdersWorkerIntegrationTest;
import dev.quickbite.orders.support.OutboxEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@OrdersWorkerIntegrationTest
class CreateOrderIT {

    @Autowired
    CreateOrder createOrder;
    @Autowired
    CancelOrder cancelOrder;
    @Autowired
    OrderRepository orders;
    @Autowired
    OutboxEvents outbox;

    @Test
    void a_new_order_is_stored_pending_and_announced() {
        OrderRequest request = aNewOrder();

        CreateOrder.Result result = createOrder.create(request);

        assertThat(result).isEqualTo(CreateOrder.Result.CREATED);
        assertThat(orders.find(request.id())).contains(Order.placed(request));
        assertThat(outbox.dataFor(request.id())).containsExactly(new OrderCreated(
                request.id().value(), "user-7", "burger", 2, "no onions"));
    }

    @Test
    void the_same_job_twice_stores_one_order_and_one_event() {
        OrderRequest request = aNewOrder();
        createOrder.create(request);

        CreateOrder.Result repeat = createOrder.create(request);

        assertThat(repeat).isEqualTo(CreateOrder.Result.ALREADY_EXISTS);
        assertThat(orders.find(request.id())).map(Order::status).contains(OrderStatus.PENDING);
        assertThat(outbox.dataFor(request.id())).hasSize(1);
    }

    @Test
    void a_late_create_does_not_revive_an_order_cancelled_before_it_was_created() {
        OrderRequest request = aNewOrder();
        cancelOrder.cancel(request, CancelReason.CANCELLED_BY_USER);
        int eventsBefore = outbox.dataFor(request.id()).size();

        CreateOrder.Result result = createOrder.create(request);

        assertThat(result).isEqualTo(CreateOrder.Result.ALREADY_EXISTS);
        assertThat(orders.find(request.id())).map(Order::status).contains(OrderStatus.CANCELLED);
        assertThat(outbox.dataFor(request.id())).hasSize(eventsBefore);
    }
}
