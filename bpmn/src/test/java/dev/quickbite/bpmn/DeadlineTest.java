package dev.quickbite.bpmn;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quickbite.contract.CancelReason;
import dev.quickbite.contract.JobType;
import dev.quickbite.contract.SagaVariables;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A saga still running at its deadline releases stock and cancels the order. */
@ZeebeProcessTest
class DeadlineTest {

    private ZeebeTestEngine engine;
    private ZeebeClient client;
    private OrderSagaDriver saga;

    @BeforeEach
    void deploy() {
        saga = OrderSagaDriver.deployedOn(engine, client);
    }

    @Test
    void deadlineAfterStockWasReservedReleasesItThenCancelsTheOrder() {
        // given
        ProcessInstanceEvent order = saga.placeOrderWithDeadline("PT10M");
        saga.complete(JobType.CREATE_ORDER);
        saga.complete(JobType.RESERVE_STOCK);
        saga.awaitJob(JobType.CONFIRM_ORDER);

        // when
        saga.passTime(Duration.ofMinutes(11));

        // then
        ActivatedJob release = saga.awaitJob(JobType.RELEASE_STOCK);
        assertThat(release.getElementId()).isEqualTo(OrderSagaElements.RELEASE_STOCK_ON_DEADLINE);
        saga.assertNoJob(JobType.CANCEL_ORDER);
        saga.complete(release);
        ActivatedJob cancel = saga.awaitJob(JobType.CANCEL_ORDER);
        assertThat(cancel.getElementId()).isEqualTo(OrderSagaElements.CANCEL_ORDER_ON_DEADLINE);
        assertThat(cancel.getVariablesAsMap()).containsEntry(SagaVariables.CANCEL_REASON, CancelReason.DEADLINE_EXCEEDED);
        saga.complete(cancel);
        assertThat(order).isCompleted()
                .hasPassedElement(OrderSagaElements.ORDER_CANCELLED_ON_DEADLINE)
                .hasNotPassedElement(OrderSagaElements.ORDER_CONFIRMED)
                .hasVariableWithValue(SagaVariables.CANCEL_REASON, CancelReason.DEADLINE_EXCEEDED);
    }

    @Test
    void sagaBeforeItsDeadlineKeepsWaiting() {
        // given
        ProcessInstanceEvent order = saga.placeOrderWithDeadline("PT10M");
        saga.complete(JobType.CREATE_ORDER);

        // when
        saga.passTime(Duration.ofMinutes(9));

        // then
        assertThat(order).isActive().isWaitingExactlyAtElements(OrderSagaElements.RESERVE_STOCK);
        saga.assertNoJob(JobType.RELEASE_STOCK);
        saga.assertNoJob(JobType.CANCEL_ORDER);
    }

    @Test
    void sagaStartedWithoutADeadlineFallsBackToFiveMinutes() {
        // given
        ProcessInstanceEvent order = saga.placeOrder();
        saga.complete(JobType.CREATE_ORDER);

        // when
        saga.passTime(Duration.ofMinutes(4));

        // then
        saga.assertNoJob(JobType.RELEASE_STOCK);
        saga.passTime(Duration.ofMinutes(2));
        saga.complete(JobType.RELEASE_STOCK);
        ActivatedJob cancel = saga.awaitJob(JobType.CANCEL_ORDER);
        assertThat(cancel.getVariablesAsMap()).containsEntry(SagaVariables.CANCEL_REASON, CancelReason.DEADLINE_EXCEEDED);
        assertThat(order).hasNoIncidents();
    }

    @Test
    void stuckStepWithAnIncidentIsStillCancelledAtTheDeadline() {
        // given: the inventory is down, the reserve job ran out of retries
        ProcessInstanceEvent order = saga.placeOrderWithDeadline("PT2M");
        saga.complete(JobType.CREATE_ORDER);
        saga.failWithoutRetriesLeft(saga.awaitJob(JobType.RESERVE_STOCK), "inventory unavailable");
        assertThat(order).hasAnyIncidents();

        // when
        saga.passTime(Duration.ofMinutes(3));

        // then
        saga.complete(JobType.RELEASE_STOCK);
        saga.complete(JobType.CANCEL_ORDER);
        assertThat(order).isCompleted().hasPassedElement(OrderSagaElements.ORDER_CANCELLED_ON_DEADLINE);
    }

    @Test
    void finishedSagaIsNotCancelledByItsDeadline() {
        // given
        ProcessInstanceEvent order = saga.placeOrderWithDeadline("PT1M");
        saga.complete(JobType.CREATE_ORDER);
        saga.complete(JobType.RESERVE_STOCK);
        saga.complete(JobType.CONFIRM_ORDER);

        // when
        saga.passTime(Duration.ofMinutes(2));

        // then
        assertThat(order).isCompleted().hasNotPassedElement(OrderSagaElements.DEADLINE_EXCEEDED);
        saga.assertNoJob(JobType.RELEASE_STOCK);
        saga.assertNoJob(JobType.CANCEL_ORDER);
    }
}
