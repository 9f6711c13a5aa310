package dev.quickbite.zeebe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The handler on its own, fed jobs activated from the real engine. */
@ZeebeProcessTest
class SagaJobHandlerTest {

    private ZeebeTestEngine engine;
    private ZeebeClient client;
    private final SimpleMeterRegistry meterRegistry = new SimpleMeterRegistry();

    @Test
    void faultHookHaltsAfterTheWorkersWorkAndBeforeTheJobIsCompleted() throws Exception {
        // given a halt-after-handle fault for the job's type
        long instance = startInstance("o-halt");
        ActivatedJob job = activateJob();
        var records = new EngineRecords(engine, instance);
        var worker = new ScriptedWorker(OneTaskProcess.JOB_TYPE, j -> JobOutcome.complete(Map.of("done", true)));
        List<String> observedAtHalt = new CopyOnWriteArrayList<>();
        Runnable halt = () -> {
            observedAtHalt.add("handled=" + worker.handled.size() + " completed=" + records.jobs(JobIntent.COMPLETED).size());
            throw new Halted();
        };
        var handler = handler(worker, new ZeebeProperties.Fault(OneTaskProcess.JOB_TYPE.type()), halt);

        // when
        assertThatThrownBy(() -> handler.handle(client, job)).isInstanceOf(Halted.class);

        // then the worker ran, the job was not completed
        assertThat(observedAtHalt).containsExactly("handled=1 completed=0");
        engine.waitForIdleState(Duration.ofSeconds(5));
        assertThat(records.jobs(JobIntent.COMPLETED)).isEmpty();
    }

    @Test
    void faultHookForAnotherJobTypeDoesNothing() throws Exception {
        long instance = startInstance("o-other");
        ActivatedJob job = activateJob();
        var worker = new ScriptedWorker(OneTaskProcess.JOB_TYPE, j -> JobOutcome.complete());
        var handler = handler(worker, new ZeebeProperties.Fault("create-order"), () -> {
            throw new Halted();
        });

        handler.handle(client, job);

        engine.waitForIdleState(Duration.ofSeconds(5));
        assertThat(new EngineRecords(engine, instance).processCompleted()).isTrue();
    }

    @Test
    void completingAJobThatIsGoneIsLoggedAndSwallowed() throws Exception {
        // given a job that another worker already completed (as after a job timeout)
        startInstance("o-gone");
        ActivatedJob job = activateJob();
        client.newCompleteCommand(job.getKey()).send().join();
        var worker = new ScriptedWorker(OneTaskProcess.JOB_TYPE, j -> JobOutcome.complete());

        // when the slow worker finishes
        handler(worker, new ZeebeProperties.Fault(""), () -> {
            throw new Halted();
        }).handle(client, job);

        // then nothing is thrown and the handling counts as completed by this worker
        assertThat(worker.handled).hasSize(1);
        assertThat(meterRegistry.get(SagaJobHandler.TIMER).tag("outcome", "completed").timer().count()).isEqualTo(1);
    }

    @Test
    void aWorkerReturningNoOutcomeFailsTheJob() throws Exception {
        long instance = startInstance("o-null");
        ActivatedJob job = activateJob();
        var worker = new ScriptedWorker(OneTaskProcess.JOB_TYPE, j -> null);

        handler(worker, new ZeebeProperties.Fault(""), () -> {
        }).handle(client, job);

        engine.waitForIdleState(Duration.ofSeconds(5));
        assertThat(new EngineRecords(engine, instance).jobs(JobIntent.FAILED)).singleElement()
                .satisfies(failed -> assertThat(failed.getErrorMessage()).contains("returned no outcome"));
    }

    private SagaJobHandler handler(SagaJobWorker worker, ZeebeProperties.Fault fault, Runnable halt) {
        return new SagaJobHandler(worker, new RetryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(2)), fault, halt,
                meterRegistry);
    }

    private long startInstance(String orderId) {
        OneTaskProcess.deploy(client);
        return OneTaskProcess.start(client, Map.of("orderId", orderId));
    }

    private ActivatedJob activateJob() throws Exception {
        engine.waitForIdleState(Duration.ofSeconds(5));
        return client.newActivateJobsCommand()
                .jobType(OneTaskProcess.JOB_TYPE.type())
                .maxJobsToActivate(1)
                .send()
                .join()
                .getJobs()
                .getFirst();
    }

    /** Stands in for Runtime.halt, which never returns. */
    private static final class Halted extends Error {
    }
}
