package dev.quickbite.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quickbite.contract.JobType;
import dev.quickbite.contract.OrderSagaProcess;
import dev.quickbite.contract.SagaError;
import dev.quickbite.contract.SagaMessage;
import dev.quickbite.contract.SagaVariables;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * Plays the workers of the order saga against the real engine: it deploys the packaged model,
 * places an order and completes, rejects or fails the jobs the way the real workers would.
 */
final class OrderSagaDriver {

    static final String ORDER_ID = "order-0001";
    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(10);

    private final ZeebeTestEngine engine;
    private final ZeebeClient client;

    private OrderSagaDriver(ZeebeTestEngine engine, ZeebeClient client) {
        this.engine = engine;
        this.client = client;
    }

    /** Deploys the model from the classpath location dependents load it from. */
    static OrderSagaDriver deployedOn(ZeebeTestEngine engine, ZeebeClient client) {
        client.newDeployResourceCommand()
                .addResourceFromClasspath(OrderSagaProcess.CLASSPATH_RESOURCE)
                .send()
                .join();
        return new OrderSagaDriver(engine, client);
    }

    ProcessInstanceEvent placeOrder() {
        return placeOrder(orderVariables());
    }

    ProcessInstanceEvent placeOrderWithDeadline(String isoDuration) {
        Map<String, Object> variables = orderVariables();
        variables.put(SagaVariables.ORDER_DEADLINE, isoDuration);
        return placeOrder(variables);
    }

    private ProcessInstanceEvent placeOrder(Map<String, Object> variables) {
        ProcessInstanceEvent instance = client.newCreateInstanceCommand()
                .bpmnProcessId(OrderSagaProcess.PROCESS_ID)
                .latestVersion()
                .variables(variables)
                .send()
                .join();
        awaitIdle();
        return instance;
    }

    private static Map<String, Object> orderVariables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put(SagaVariables.ORDER_ID, ORDER_ID);
        variables.put(SagaVariables.USER_ID, "user-7");
        variables.put(SagaVariables.SKU, "burger");
        variables.put(SagaVariables.QUANTITY, 2);
        variables.put(SagaVariables.NOTE, "no onions");
        return variables;
    }

    /** The one open job of this type; fails when there is none or more than one. */
    ActivatedJob awaitJob(JobType type) {
        awaitIdle();
        List<ActivatedJob> jobs = activate(type);
        assertThat(jobs).as("open %s jobs", type.type()).hasSize(1);
        return jobs.getFirst();
    }

    void assertNoJob(JobType type) {
        awaitIdle();
        assertThat(activate(type)).as("open %s jobs", type.type()).isEmpty();
    }

    private List<ActivatedJob> activate(JobType type) {
        return client.newActivateJobsCommand()
                .jobType(type.type())
                .maxJobsToActivate(10)
                .requestTimeout(Duration.ofMillis(200))
                .send()
                .join()
                .getJobs();
    }

    void complete(JobType type) {
        complete(awaitJob(type));
    }

    void complete(ActivatedJob job) {
        client.newCompleteCommand(job).send().join();
        awaitIdle();
    }

    /** What a worker does on a business rejection: BPMN error plus the reason the order ends with. */
    void reject(ActivatedJob job, SagaError error) {
        client.newThrowErrorCommand(job)
                .errorCode(error.code())
                .errorMessage("rejected by the test: " + error.cancelReason())
                .variables(Map.of(SagaVariables.CANCEL_REASON, error.cancelReason()))
                .send()
                .join();
        awaitIdle();
    }

    void failWithoutRetriesLeft(ActivatedJob job, String message) {
        client.newFailCommand(job).retries(0).errorMessage(message).send().join();
        awaitIdle();
    }

    void requestCancellation() {
        client.newPublishMessageCommand()
                .messageName(SagaMessage.ORDER_CANCELLATION_REQUESTED.messageName())
                .correlationKey(ORDER_ID)
                .send()
                .join();
        awaitIdle();
    }

    void passTime(Duration duration) {
        engine.increaseTime(duration);
        awaitIdle();
    }

    void awaitIdle() {
        try {
            engine.waitForIdleState(IDLE_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the engine", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("engine did not become idle within " + IDLE_TIMEOUT, e);
        }
    }
}
