package dev.quickbite.zeebe;

import dev.quickbite.contract.JobType;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.slf4j.MDC;

/** A worker whose behaviour the test scripts; it remembers the jobs it saw and the MDC order id. */
final class ScriptedWorker implements SagaJobWorker {

    private final JobType jobType;
    private final Function<SagaJob, JobOutcome> behaviour;
    final List<SagaJob> handled = new CopyOnWriteArrayList<>();
    final List<String> mdcOrderIds = new CopyOnWriteArrayList<>();

    ScriptedWorker(JobType jobType, Function<SagaJob, JobOutcome> behaviour) {
        this.jobType = jobType;
        this.behaviour = behaviour;
    }

    @Override
    public JobType jobType() {
        return jobType;
    }

    @Override
    public JobOutcome handle(SagaJob job) {
        handled.add(job);
        mdcOrderIds.add(String.valueOf(MDC.get("orderId")));
        return behaviour.apply(job);
    }
}
