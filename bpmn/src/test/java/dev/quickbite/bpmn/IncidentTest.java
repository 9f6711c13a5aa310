package dev.quickbite.bpmn;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quickbite.contract.JobType;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.protocol.record.value.ErrorType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A technical failure that outlives the retries stops the saga with an incident, not a cancellation. */
@ZeebeProcessTest
class IncidentTest {

    private ZeebeTestEngine engine;
    private ZeebeClient client;
    private OrderSagaDriver saga;

    @BeforeEach
    void deploy() {
        saga = OrderSagaDriver.deployedOn(engine, client);
    }

    @Test
    void jobFailedWithNoRetriesLeftRaisesAnIncidentAndKeepsTheSagaWaiting() {
        // given
        ProcessInstanceEvent order = saga.placeOrder();
        saga.complete(JobType.CREATE_ORDER);
        ActivatedJob reserve = saga.awaitJob(JobType.RESERVE_STOCK);

        // when
        saga.failWithoutRetriesLeft(reserve, "inventory database unavailable");

        // then
        assertThat(order).isActive()
                .isWaitingExactlyAtElements(OrderSagaElements.RESERVE_STOCK)
                .extractingLatestIncident()
                .hasErrorType(ErrorType.JOB_NO_RETRIES)
                .hasErrorMessage("inventory database unavailable")
                .occurredOnElement(OrderSagaElements.RESERVE_STOCK)
                .occurredDuringJob(reserve)
                .isUnresolved();
        saga.assertNoJob(JobType.CANCEL_ORDER);
    }

    @Test
    void jobStillHavingRetriesIsOfferedAgainWithoutIncident() {
        // given
        ProcessInstanceEvent order = saga.placeOrder();
        ActivatedJob create = saga.awaitJob(JobType.CREATE_ORDER);

        // when
        client.newFailCommand(create).retries(create.getRetries() - 1).errorMessage("database busy").send().join();

        // then
        ActivatedJob retried = saga.awaitJob(JobType.CREATE_ORDER);
        assertThat(retried.getKey()).isEqualTo(create.getKey());
        assertThat(retried.getRetries()).isEqualTo(4);
        assertThat(order).hasNoIncidents();
    }
}
