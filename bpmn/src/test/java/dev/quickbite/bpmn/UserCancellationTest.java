package dev.quickbite.bpmn;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quickbite.contract.CancelReason;
import dev.quickbite.contract.JobType;
import dev.quickbite.contract.SagaMessage;
import dev.quickbite.contract.SagaVariables;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.command.ClientStatusException;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OrderCancellationRequested message interrupts the saga, releases stock and cancels. */
@ZeebeProcessTest
class UserCancellationTest {

    private ZeebeTestEngine engine;
    private ZeebeClient client;
    private OrderSagaDriver saga;

    @BeforeEach
    void deploy() {
        saga = OrderSagaDriver.deployedOn(engine, client);
    }

    @Test
    void runningSagaWaitsForTheCancellationMessageOfItsOrder() {
        // given
        ProcessInstanceEvent order = saga.placeOrder();

        // then
        assertThat(order).isWaitingForMessages(SagaMessage.ORDER_CANCELLATION_REQUESTED.messageName());
    }

    @Test
    void cancellationAfterStockWasReservedReleasesItThenCancelsTheOrder() {
        // given
        ProcessInstanceEvent order = saga.placeOrder();
        saga.complete(JobType.CREATE_ORDER);
        saga.complete(JobType.RESERVE_STOCK);
        ActivatedJob confirm = saga.awaitJob(JobType.CONFIRM_ORDER);

        // when
        saga.requestCancellation();

        // then
        ActivatedJob release = saga.awaitJob(JobType.RELEASE_STOCK);
        assertThat(release.getElementId()).isEqualTo(OrderSagaElements.RELEASE_STOCK_ON_CANCELLATION);
        saga.assertNoJob(JobType.CANCEL_ORDER);
        saga.complete(release);
        ActivatedJob cancel = saga.awaitJob(JobType.CANCEL_ORDER);
        assertThat(cancel.getElementId()).isEqualTo(OrderSagaElements.CANCEL_ORDER_ON_CANCELLATION);
        assertThat(cancel.getVariablesAsMap()).containsEntry(SagaVariables.CANCEL_REASON, CancelReason.CANCELLED_BY_USER);
        saga.complete(cancel);
        assertThat(order).isCompleted()
                .hasPassedElement(OrderSagaElements.ORDER_CANCELLED_BY_USER)
                .hasNotPassedElement(OrderSagaElements.ORDER_CONFIRMED)
                .hasVariableWithValue(SagaVariables.CANCEL_REASON, CancelReason.CANCELLED_BY_USER);
        assertThatConfirmJobWasWithdrawn(confirm);
    }

    @Test
    void cancellationWhileReserveStockRunsStillReleasesBecauseTheWorkerMayHaveReserved() {
        // given: the inventory worker holds the reserve job and may already have committed
        ProcessInstanceEvent order = saga.placeOrder();
        saga.complete(JobType.CREATE_ORDER);
        ActivatedJob reserveInFlight = saga.awaitJob(JobType.RESERVE_STOCK);

        // when
        saga.requestCancellation();

        // then: compensation would skip the unfinished reservation, the explicit release does not
        ActivatedJob release = saga.awaitJob(JobType.RELEASE_STOCK);
        assertThat(release.getElementId()).isEqualTo(OrderSagaElements.RELEASE_STOCK_ON_CANCELLATION);
        assertThatThrownBy(() -> client.newCompleteCommand(reserveInFlight).send().join())
                .as("the late completion of the interrupted reserve job")
                .isInstanceOf(ClientStatusException.class);
        saga.complete(release);
        saga.complete(JobType.CANCEL_ORDER);
        assertThat(order).isCompleted()
                .hasPassedElement(OrderSagaElements.ORDER_CANCELLED_BY_USER)
                .hasNotPassedElement(OrderSagaElements.RELEASE_STOCK_COMPENSATION)
                .hasNotPassedElement(OrderSagaElements.CONFIRM_ORDER);
    }

    @Test
    void cancellationBeforeAnythingWasReservedStillCancelsAndLeavesAReleaseTombstone() {
        // given
        ProcessInstanceEvent order = saga.placeOrder();

        // when
        saga.requestCancellation();

        // then
        saga.complete(JobType.RELEASE_STOCK);
        saga.complete(JobType.CANCEL_ORDER);
        assertThat(order).isCompleted()
                .hasPassedElement(OrderSagaElements.ORDER_CANCELLED_BY_USER)
                .hasNotPassedElement(OrderSagaElements.RESERVE_STOCK);
        saga.assertNoJob(JobType.RESERVE_STOCK);
    }

    @Test
    void aSecondCancellationRequestOrTheDeadlineDoNotCancelTwice() {
        // given
        ProcessInstanceEvent order = saga.placeOrderWithDeadline("PT2M");
        saga.complete(JobType.CREATE_ORDER);
        saga.requestCancellation();
        ActivatedJob release = saga.awaitJob(JobType.RELEASE_STOCK);

        // when
        saga.requestCancellation();
        saga.passTime(Duration.ofMinutes(3));

        // then
        saga.assertNoJob(JobType.RELEASE_STOCK);
        saga.complete(release);
        saga.complete(JobType.CANCEL_ORDER);
        saga.assertNoJob(JobType.CANCEL_ORDER);
        assertThat(order).isCompleted()
                .hasPassedElement(OrderSagaElements.CANCELLATION_REQUESTED, 1)
                .hasNotPassedElement(OrderSagaElements.DEADLINE_EXCEEDED);
    }

    @Test
    void cancellationForAnotherOrderLeavesThisSagaAlone() {
        // given
        ProcessInstanceEvent order = saga.placeOrder();

        // when
        client.newPublishMessageCommand()
                .messageName(SagaMessage.ORDER_CANCELLATION_REQUESTED.messageName())
                .correlationKey("some-other-order")
                .send()
                .join();
        saga.awaitIdle();

        // then
        assertThat(order).isWaitingExactlyAtElements(OrderSagaElements.CREATE_ORDER);
        saga.assertNoJob(JobType.RELEASE_STOCK);
    }

    private void assertThatConfirmJobWasWithdrawn(ActivatedJob confirm) {
        assertThatThrownBy(() -> client.newCompleteCommand(confirm).send().join())
                .as("completing the interrupted confirm job")
                .isInstanceOf(ClientStatusException.class);
    }
}
