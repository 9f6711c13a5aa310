package dev.quickbite.bpmn;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quickbite.contract.JobType;
import dev.quickbite.contract.SagaError;
import dev.quickbite.contract.SagaVariables;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Insufficient stock, unknown sku and a reservation already released all cancel the order. */
@ZeebeProcessTest
class StockRejectionTest {

    private ZeebeTestEngine engine;
    private ZeebeClient client;
    private OrderSagaDriver saga;

    @BeforeEach
    void deploy() {
        saga = OrderSagaDriver.deployedOn(engine, client);
    }

    static Stream<SagaError> reserveStockRejections() {
        return Arrays.stream(SagaError.values()).filter(error -> error.thrownBy() == JobType.RESERVE_STOCK);
    }

    @ParameterizedTest
    @MethodSource("reserveStockRejections")
    void rejectedReservationCancelsTheOrderWithTheWorkersReason(SagaError rejection) {
        // given
        ProcessInstanceEvent order = saga.placeOrder();
        saga.complete(JobType.CREATE_ORDER);

        // when
        saga.reject(saga.awaitJob(JobType.RESERVE_STOCK), rejection);

        // then
        ActivatedJob cancel = saga.awaitJob(JobType.CANCEL_ORDER);
        assertThat(cancel.getElementId()).isEqualTo(OrderSagaElements.CANCEL_ORDER_STOCK_REJECTED);
        assertThat(cancel.getVariablesAsMap())
                .containsEntry(SagaVariables.ORDER_ID, OrderSagaDriver.ORDER_ID)
                .containsEntry(SagaVariables.CANCEL_REASON, rejection.cancelReason());
        saga.complete(cancel);
        assertThat(order).isCompleted()
                .hasPassedElement(OrderSagaElements.ORDER_CANCELLED_STOCK_REJECTED)
                .hasNotPassedElement(OrderSagaElements.CONFIRM_ORDER)
                .hasVariableWithValue(SagaVariables.CANCEL_REASON, rejection.cancelReason());
    }

    @ParameterizedTest
    @MethodSource("reserveStockRejections")
    void nothingIsReleasedWhenNothingWasReserved(SagaError rejection) {
        // given
        ProcessInstanceEvent order = saga.placeOrder();
        saga.complete(JobType.CREATE_ORDER);

        // when
        saga.reject(saga.awaitJob(JobType.RESERVE_STOCK), rejection);
        saga.complete(JobType.CANCEL_ORDER);

        // then
        saga.assertNoJob(JobType.RELEASE_STOCK);
        assertThat(order).isCompleted().hasNotPassedElement(OrderSagaElements.RELEASE_STOCK_COMPENSATION);
    }
}
