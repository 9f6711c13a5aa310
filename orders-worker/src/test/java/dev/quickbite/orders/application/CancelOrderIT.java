package dev.quickbite.orders.application;

import static dev.quickbite.orders.support.TestOrders.aNewOrder;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quickbite.contract.CancelReason;
import dev.quickbite.contract.events.OrderCancelled;
import dev.quickbite.contract.events.OrderConfirmed;
import dev.quickbite.contract.events.OrderCreated;
import dev.quickbite.orders.domain.Order;
import dev.quickbite.orders.domain.OrderRequest;
import dev.quickbite.orders.domain.OrderStatus;
import dev.quickbite.orders.persistence.OrderRepository;
import dev.quickbite.orders.support.OrdersWorkerIntegrationTest;
import dev.quickbite.orders.support.OutboxEvents;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@OrdersWorkerIntegrationTest
class CancelOrderIT {

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
    void a_pending_order_is_cancelled_with_its_reason_and_announced() {
        OrderRequest request = aNewOrder();
        createOrder.create(request);

        CancelOrder.Result result = cancelOrder.cancel(request, CancelReason.INSUFFICIENT_STOCK);

        assertThat(result).isEqualTo(CancelOrder.Result.CANCELLED);
        assertThat(orders.find(request.id())).contains(Order.placed(request).cancel(CancelReason.INSUFFICIENT_STOCK));
        assertThat(outbox.dataFor(request.id())).last()
                .isEqualTo(new OrderCancelled(request.id().value(), CancelReason.INSUFFICIENT_STOCK));
    }

    @Test
    void cancelling_twice_keeps_the_first_reason_and_one_event() {
        OrderRequest request = aNewOrder();
        createOrder.create(request);
        cancelOrder.cancel(request, CancelReason.CANCELLED_BY_USER);

        CancelOrder.Result repeat = cancelOrder.cancel(request, CancelReason.DEADLINE_EXCEEDED);

        assertThat(repeat).isEqualTo(CancelOrder.Result.ALREADY_CANCELLED);
        assertThat(orders.find(request.id())).map(Order::cancelReason).contains(CancelReason.CANCELLED_BY_USER);
        assertThat(outbox.dataFor(request.id())).filteredOn(OrderCancelled.class::isInstance).hasSize(1);
    }

    @Test
    void a_confirmed_order_follows_the_saga_and_is_cancelled() {
        OrderRequest request = aNewOrder();
        createOrder.create(request);
        confirmOrder.confirm(request.id());

        CancelOrder.Result result = cancelOrder.cancel(request, CancelReason.DEADLINE_EXCEEDED);

        assertThat(result).isEqualTo(CancelOrder.Result.CANCELLED);
        assertThat(orders.find(request.id())).map(Order::status).contains(OrderStatus.CANCELLED);
        assertThat(outbox.dataFor(request.id())).last()
                .isEqualTo(new OrderCancelled(request.id().value(), CancelReason.DEADLINE_EXCEEDED));
    }

    @Test
    void an_order_cancelled_before_its_create_step_is_recorded_created_then_cancelled() {
        OrderRequest request = aNewOrder();

        CancelOrder.Result result = cancelOrder.cancel(request, CancelReason.CANCELLED_BY_USER);

        assertThat(result).isEqualTo(CancelOrder.Result.RECORDED_AS_CANCELLED);
        assertThat(orders.find(request.id())).contains(Order.placed(request).cancel(CancelReason.CANCELLED_BY_USER));
        assertThat(outbox.dataFor(request.id())).containsExactly(
                new OrderCreated(request.id().value(), "user-7", "burger", 2, "no onions"),
                new OrderCancelled(request.id().value(), CancelReason.CANCELLED_BY_USER));
    }

    @Test
    void concurrent_confirm_and_cancel_end_cancelled_with_consistent_events() throws Exception {
        OrderRequest request = aNewOrder();
        createOrder.create(request);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<ConfirmOrder.Result> confirm = () -> confirmOrder.confirm(request.id());
            Callable<CancelOrder.Result> cancel = () -> cancelOrder.cancel(request, CancelReason.DEADLINE_EXCEEDED);
            Future<ConfirmOrder.Result> confirmed = pool.submit(confirm);
            Future<CancelOrder.Result> cancelled = pool.submit(cancel);

            assertThat(cancelled.get()).isEqualTo(CancelOrder.Result.CANCELLED);
            ConfirmOrder.Result confirmResult = confirmed.get();
            long confirmedEvents = outbox.dataFor(request.id()).stream()
                    .filter(OrderConfirmed.class::isInstance).count();
            assertThat(confirmedEvents).isEqualTo(confirmResult == ConfirmOrder.Result.CONFIRMED ? 1 : 0);
        } finally {
            pool.shutdownNow();
        }
        assertThat(orders.find(request.id())).map(Order::status).contains(OrderStatus.CANCELLED);
        assertThat(outbox.dataFor(request.id())).filteredOn(OrderCancelled.class::isInstance).hasSize(1);
    }
}
