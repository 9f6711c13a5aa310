package dev.quickbite.zeebe;

import dev.quickbite.contract.SagaVariables;
import io.camunda.zeebe.client.api.command.ClientStatusException;
import io.camunda.zeebe.client.api.command.FinalCommandStep;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.worker.JobClient;
import io.camunda.zeebe.client.api.worker.JobHandler;
import io.grpc.Status;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs one {@link SagaJobWorker} for a Zeebe job and reports its outcome to Zeebe: complete,
 * throw a BPMN error, or fail with exponential retry backoff.
 */
class SagaJobHandler implements JobHandler {

    static final String TIMER = "quickbite.job.handling";
    static final String FAILED_ATTEMPTS = FailedAttempts.VARIABLE;
    static final String MDC_ORDER_ID = "orderId";
    private static final int MAX_ERROR_MESSAGE_LENGTH = 1000;

    private static final Logger log = LoggerFactory.getLogger(SagaJobHandler.class);

    private final SagaJobWorker worker;
    private final RetryBackoff backoff;
    private final ZeebeProperties.Fault fault;
    private final Runnable halt;
    private final MeterRegistry meterRegistry;
    private final FailedAttempts failedAttempts = new FailedAttempts();

    SagaJobHandler(SagaJobWorker worker, RetryBackoff backoff, ZeebeProperties.Fault fault, Runnable halt,
            MeterRegistry meterRegistry) {
        this.worker = worker;
        this.backoff = backoff;
        this.fault = fault;
        this.halt = halt;
        this.meterRegistry = meterRegistry;
    }

    @Override
    public void handle(JobClient client, ActivatedJob job) {
        Map<String, Object> variables = new HashMap<>(job.getVariablesAsMap());
        int failuresBefore = failedAttempts.before(job.getKey(), variables.remove(FAILED_ATTEMPTS));
        SagaJob sagaJob = new SagaJob(job.getKey(), job.getRetries(), variables);
        Timer.Sample sample = Timer.start(meterRegistry);
        String outcome = "failed";
        putOrderIdInMdc(variables);
        try {
            JobOutcome result = worker.handle(sagaJob);
            if (result == null) {
                throw new IllegalStateException(worker.getClass().getName() + " returned no outcome");
            }
            haltIfFaultInjected(job);
            outcome = report(client, job, result);
            failedAttempts.forget(job.getKey());
        } catch (InvalidJobVariableException e) {
            // Bad input does not heal with time: raise the incident now.
            fail(client, job, 0, failuresBefore, e);
        } catch (RuntimeException e) {
            fail(client, job, Math.max(0, job.getRetries() - 1), failuresBefore, e);
        } finally {
            sample.stop(Timer.builder(TIMER)
                    .description("Time to handle a Zeebe job and report its outcome")
                    .tag("jobType", job.getType())
                    .tag("outcome", outcome)
                    .register(meterRegistry));
            MDC.remove(MDC_ORDER_ID);
        }
    }

    private String report(JobClient client, ActivatedJob job, JobOutcome result) {
        return switch (result) {
            case JobOutcome.Complete complete -> {
                send(job, "complete", client.newCompleteCommand(job.getKey()).variables(complete.variables()));
                yield "completed";
            }
            case JobOutcome.BpmnError error -> {
                log.info("job {} ({}) throws BPMN error {}: {}", job.getKey(), job.getType(), error.error().code(),
                        error.message());
                send(job, "throw error " + error.error().code(), client.newThrowErrorCommand(job.getKey())
                        .errorCode(error.error().code())
                        .errorMessage(error.message())
                        .variables(Map.of(SagaVariables.CANCEL_REASON, error.error().cancelReason())));
                yield "bpmn_error";
            }
        };
    }

    private void fail(JobClient client, ActivatedJob job, int retriesLeft, int failuresBefore, RuntimeException e) {
        Duration retryIn = backoff.forAttempt(failuresBefore);
        if (retriesLeft > 0) {
            failedAttempts.recordFailure(job.getKey(), failuresBefore + 1);
        } else {
            failedAttempts.forget(job.getKey());
        }
        if (retriesLeft > 0) {
            log.warn("job {} ({}) failed, {} retries left, next attempt in {}: {}", job.getKey(), job.getType(),
                    retriesLeft, retryIn, e.toString(), e);
        } else {
            log.error("job {} ({}) failed with no retries left, raising an incident: {}", job.getKey(),
                    job.getType(), e.toString(), e);
        }
        send(job, "fail", client.newFailCommand(job.getKey())
                .retries(retriesLeft)
                .retryBackoff(retryIn)
                .errorMessage(errorMessage(e))
                .variables(Map.of(FAILED_ATTEMPTS, failuresBefore + 1)));
    }

    /**
     * A rejected command usually means the job timed out and went to another worker, which
     * redoes it idempotently; nothing is left to do here.
     */
    private void send(ActivatedJob job, String command, FinalCommandStep<?> step) {
        try {
            step.send().join();
        } catch (ClientStatusException e) {
            if (e.getStatusCode() == Status.Code.NOT_FOUND) {
                log.info("job {} ({}) is gone (timed out and handed out again?), cannot {}: {}", job.getKey(),
                        job.getType(), command, e.getMessage());
            } else {
                log.warn("cannot {} job {} ({}); it is handed out again after its timeout: {}", command,
                        job.getKey(), job.getType(), e.getMessage());
            }
        } catch (RuntimeException e) {
            log.warn("cannot {} job {} ({}); it is handed out again after its timeout: {}", command, job.getKey(),
                    job.getType(), e.toString());
        }
    }

    private void haltIfFaultInjected(ActivatedJob job) {
        if (fault.haltsAfter(job.getType())) {
            log.warn("FAULT INJECTION: halting the JVM after handling job {} ({}) without completing it",
                    job.getKey(), job.getType());
            halt.run();
        }
    }

    private static void putOrderIdInMdc(Map<String, Object> variables) {
        if (variables.get(SagaVariables.ORDER_ID) instanceof String orderId) {
            MDC.put(MDC_ORDER_ID, orderId);
        }
    }

    private static String errorMessage(RuntimeException e) {
        String message = e.getClass().getSimpleName() + ": " + e.getMessage();
        return message.length() <= MAX_ERROR_MESSAGE_LENGTH ? message : message.substring(0, MAX_ERROR_MESSAGE_LENGTH);
    }
}
