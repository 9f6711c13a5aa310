package dev.quickbite.bpmn;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quickbite.contract.JobType;
import dev.quickbite.contract.SagaVariables;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@ZeebeProcessTest
class HappyPathTest {

    private ZeebeTestEngine engine;
    private ZeebeClient client;
    private OrderSagaDriver saga;

    @BeforeEach
    void deploy() {
        saga = OrderSagaDriver.deployedOn(engine, client);
    }

    @Test
    void orderThatIsCreatedReservedAndConfirmedEndsConfirmed() {
        // given
        ProcessInstanceEvent order = saga.placeOrder();

        // when
        saga.complete(JobType.CREATE_ORDER);
        saga.complete(JobType.RESERVE_STOCK);
        saga.complete(JobType.CONFIRM_ORDER);

        // then
        assertThat(order).isCompleted()
                .hasPassedElementsInOrder(OrderSagaElements.CREATE_ORDER, OrderSagaElements.RESERVE_STOCK,
                        OrderSagaElements.CONFIRM_ORDER, OrderSagaElements.ORDER_CONFIRMED)
                .hasNotPassedElement(OrderSagaElements.RELEASE_STOCK_COMPENSATION)
                .hasNoIncidents();
        saga.assertNoJob(JobType.RELEASE_STOCK);
        saga.assertNoJob(JobType.CANCEL_ORDER);
    }

    @Test
    void everyStepSeesTheOrderVariablesAndHasRetries() {
        // given
        saga.placeOrder();

        // when
        ActivatedJob createOrder = saga.awaitJob(JobType.CREATE_ORDER);

        // then
        assertThat(createOrder.getVariablesAsMap())
                .containsEntry(SagaVariables.ORDER_ID, OrderSagaDriver.ORDER_ID)
                .containsEntry(SagaVariables.USER_ID, "user-7")
                .containsEntry(SagaVariables.SKU, "burger")
                .containsEntry(SagaVariables.QUANTITY, 2)
                .containsEntry(SagaVariables.NOTE, "no onions");
        assertThat(createOrder.getRetries()).isEqualTo(5);
    }

    @Test
    void sagaWaitsAtEachStepUntilItsWorkerCompletesIt() {
        // given
        ProcessInstanceEvent order = saga.placeOrder();

        // when
        saga.complete(JobType.CREATE_ORDER);

        // then
        assertThat(order).isActive().isWaitingExactlyAtElements(OrderSagaElements.RESERVE_STOCK);
        saga.assertNoJob(JobType.CONFIRM_ORDER);
    }
}
