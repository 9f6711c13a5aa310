package dev.quickbite.zeebe;

import dev.quickbite.contract.JobType;

/**
 * Runs one step of the saga. Declare one bean per job type; {@link JobWorkerRegistrar} opens a
 * Zeebe job worker for each.
 *
 * <p>Jobs are delivered at least once (a worker may commit and die before completing the job), so
 * {@link #handle} must be idempotent.
 */
public interface SagaJobWorker {

    JobType jobType();

    /**
     * Reads the job's variables, calls one use case and maps its result.
     *
     * @return {@link JobOutcome#complete} or a {@link JobOutcome#bpmnError business error}
     * Throw any exception for a technical failure: the job is failed and retried with backoff,
     * and raises an incident when its retries run out.
     */
    JobOutcome handle(SagaJob job);
}
