package dev.quickbite.orders.worker;

import static dev.quickbite.orders.support.TestOrders.aNewOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quickbite.contract.CancelReason;
import dev.quickbite.contract.SagaError;
import dev.quickbite.contract.SagaVariables;
import dev.quickbite.orders.application.CancelOrder;
import dev.quickbite.orders.application.CreateOrder;
import dev.quickbite.orders.domain.Order;
import dev.quickbite.orders.domain.OrderRequest;
import dev.quickbite.orders.domain.OrderStatus;
import dev.quickbite.orders.persistence.OrderRepository;
import dev.quickbite.orders.support.OrdersWorkerIntegrationTest;
import dev.quickbite.zeebe.InvalidJobVariableException;
import dev.quickbite.zeebe.JobOutcome;
import dev.quickbite.zeebe.SagaJob;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The workers against the real use cases and database: variables in, job outcome out. */
@OrdersWorkerIntegrationTest
class OrderWorkersIT {

    @Autowired
    CreateOrderWorker createOrderWorker;
    @Autowired
    ConfirmOrderWorker confirmOrderWorker;
    @Autowired
    CancelOrderWorker cancelOrderWorker;
    @Autowired
    CreateOrder createOrder;
    @Autowired
    CancelOrder cancelOrder;
    @Autowired
    OrderRepository orders;

    @Test
    void create_order_completes_and_stores_the_order_from_the_variables() {
        OrderRequest request = aNewOrder();

        JobOutcome outcome = createOrderWorker.handle(jobFor(request));

        assertThat(outcome).isEqualTo(JobOutcome.complete());
        assertThat(orders.find(request.id())).contains(Order.placed(request));
    }

    @Test
    void create_order_accepts_a_quantity_sent_as_text_and_no_note() {
        OrderRequest request = aNewOrder();
        Map<String, Object> variables = variablesOf(request);
        variables.put(SagaVariables.QUANTITY, "3");
        variables.remove(SagaVariables.NOTE);

        createOrderWorker.handle(new SagaJob(1, 3, variables));

        assertThat(orders.find(request.id())).map(Order::request)
                .contains(new OrderRequest(request.id(), request.userId(), request.sku(), 3, null));
    }

    @Test
    void create_order_rejects_variables_that_can_never_make_an_order_without_storing_anything() {
        OrderRequest request = aNewOrder();
        Map<String, Object> variables = variablesOf(request);
        variables.put(SagaVariables.QUANTITY, 0);

        assertThatThrownBy(() -> createOrderWorker.handle(new SagaJob(42, 3, variables)))
                .isInstanceOf(InvalidJobVariableException.class)
                .hasMessage("job 42: quantity must be a positive number, was 0");
        assertThat(orders.find(request.id())).isEmpty();
    }

    @Test
    void confirm_order_completes_for_a_pending_order() {
        OrderRequest request = aNewOrder();
        createOrder.create(request);

        JobOutcome outcome = confirmOrderWorker.handle(jobFor(request));

        assertThat(outcome).isEqualTo(JobOutcome.complete());
        assertThat(orders.find(request.id())).map(Order::status).contains(OrderStatus.CONFIRMED);
    }

    @Test
    void confirm_order_throws_the_confirm_refused_bpmn_error_for_a_cancelled_order() {
        OrderRequest request = aNewOrder();
        createOrder.create(request);
        cancelOrder.cancel(request, CancelReason.CANCELLED_BY_USER);

        JobOutcome outcome = confirmOrderWorker.handle(jobFor(request));

        assertThat(outcome).isInstanceOfSatisfying(JobOutcome.BpmnError.class, error -> {
            assertThat(error.error()).isEqualTo(SagaError.CONFIRM_REFUSED);
            assertThat(error.message()).contains(request.id().value(), "cancelled");
        });
        assertThat(orders.find(request.id())).map(Order::status).contains(OrderStatus.CANCELLED);
    }

    @Test
    void confirm_order_fails_technically_for_an_order_that_was_never_created() {
        OrderRequest request = aNewOrder();

        assertThatThrownBy(() -> confirmOrderWorker.handle(jobFor(request)))
                .hasMessageContaining("does not exist");
    }

    @Test
    void cancel_order_uses_the_reason_the_saga_set() {
        OrderRequest request = aNewOrder();
        createOrder.create(request);
        Map<String, Object> variables = variablesOf(request);
        variables.put(SagaVariables.CANCEL_REASON, SagaError.INSUFFICIENT_STOCK.cancelReason());

        JobOutcome outcome = cancelOrderWorker.handle(new SagaJob(7, 3, variables));

        assertThat(outcome).isEqualTo(JobOutcome.complete());
        assertThat(orders.find(request.id())).map(Order::cancelReason).contains(CancelReason.INSUFFICIENT_STOCK);
    }

    @Test
    void cancel_order_without_a_reason_says_cancelled() {
        OrderRequest request = aNewOrder();
        createOrder.create(request);

        cancelOrderWorker.handle(jobFor(request));

        assertThat(orders.find(request.id())).map(Order::cancelReason).contains("cancelled");
    }

    private static SagaJob jobFor(OrderRequest request) {
        return new SagaJob(1, 3, variablesOf(request));
    }

    private static Map<String, Object> variablesOf(OrderRequest request) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(SagaVariables.ORDER_ID, request.id().value());
        variables.put(SagaVariables.USER_ID, request.userId());
        variables.put(SagaVariables.SKU, request.sku());
        variables.put(SagaVariables.QUANTITY, request.quantity());
        variables.put(SagaVariables.NOTE, request.note());
        return variables;
    }
}
