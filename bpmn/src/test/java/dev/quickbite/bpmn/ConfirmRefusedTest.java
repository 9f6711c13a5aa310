package dev.quickbite.bpmn;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quickbite.contract.CancelReason;
import dev.quickbite.contract.JobType;
import dev.quickbite.contract.SagaError;
import dev.quickbite.contract.SagaVariables;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A refused confirmation compensates the completed reservation, then cancels the order. */
@ZeebeProcessTest
class ConfirmRefusedTest {

    private ZeebeTestEngine engine;
    private ZeebeClient client;
    private OrderSagaDriver saga;

    @BeforeEach
    void deploy() {
        saga = OrderSagaDriver.deployedOn(engine, client);
    }

    @Test
    void refusedConfirmationReleasesTheReservedStockThenCancels() {
        // given
        ProcessInstanceEvent order = saga.placeOrder();
        saga.complete(JobType.CREATE_ORDER);
        saga.complete(JobType.RESERVE_STOCK);

        // when
        saga.reject(saga.awaitJob(JobType.CONFIRM_ORDER), SagaError.CONFIRM_REFUSED);

        // then the compensation handler of Reserve stock runs first
        ActivatedJob release = saga.awaitJob(JobType.RELEASE_STOCK);
        assertThat(release.getElementId()).isEqualTo(OrderSagaElements.RELEASE_STOCK_COMPENSATION);
        assertThat(release.getVariablesAsMap())
                .containsEntry(SagaVariables.ORDER_ID, OrderSagaDriver.ORDER_ID)
                .containsEntry(SagaVariables.SKU, "burger")
                .containsEntry(SagaVariables.QUANTITY, 2);
        saga.assertNoJob(JobType.CANCEL_ORDER);

        // and the order is cancelled only once the stock is back
        saga.complete(release);
        ActivatedJob cancel = saga.awaitJob(JobType.CANCEL_ORDER);
        assertThat(cancel.getElementId()).isEqualTo(OrderSagaElements.CANCEL_ORDER_CONFIRM_REFUSED);
        assertThat(cancel.getVariablesAsMap()).containsEntry(SagaVariables.CANCEL_REASON, CancelReason.CONFIRM_REFUSED);
        saga.complete(cancel);
        assertThat(order).isCompleted()
                .hasPassedElementsInOrder(OrderSagaElements.RELEASE_RESERVED_STOCK,
                        OrderSagaElements.CANCEL_ORDER_CONFIRM_REFUSED, OrderSagaElements.ORDER_CANCELLED_CONFIRM_REFUSED)
                .hasPassedElement(OrderSagaElements.RELEASE_STOCK_COMPENSATION)
                .hasNotPassedElement(OrderSagaElements.ORDER_CONFIRMED);
    }
}
