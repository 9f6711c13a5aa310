package dev.quickbite.zeebe;

import dev.quickbite.contract.JobType;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.worker.JobWorker;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;

/**
 * Opens one Zeebe job worker per {@link SagaJobWorker} bean once the application is ready (so no
 * job arrives before the database and Kafka are), and closes them first on shutdown.
 */
public class JobWorkerRegistrar implements ApplicationListener<ApplicationReadyEvent>, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobWorkerRegistrar.class);

    private final ZeebeClient client;
    private final Map<JobType, SagaJobWorker> workers;
    private final ZeebeProperties properties;
    private final String workerName;
    private final MeterRegistry meterRegistry;
    private final Runnable halt;
    private final List<JobWorker> openWorkers = new ArrayList<>();
    private boolean running;

    JobWorkerRegistrar(ZeebeClient client, List<SagaJobWorker> workers, ZeebeProperties properties,
            String workerName, MeterRegistry meterRegistry, Runnable halt) {
        this.client = client;
        this.workers = byJobType(workers);
        this.properties = properties;
        this.workerName = workerName;
        this.meterRegistry = meterRegistry;
        this.halt = halt;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        openWorkers();
    }

    synchronized void openWorkers() {
        if (!openWorkers.isEmpty()) {
            return;
        }
        workers.forEach((jobType, worker) -> {
            openWorkers.add(client.newWorker()
                    .jobType(jobType.type())
                    .handler(new SagaJobHandler(worker, properties.retryBackoff(), properties.fault(), halt,
                            meterRegistry))
                    .name(workerName)
                    .timeout(properties.jobTimeout())
                    .maxJobsActive(properties.maxJobsActive())
                    .requestTimeout(properties.requestTimeout())
                    .open());
            log.info("Zeebe job worker '{}' open for job type {} ({})", workerName, jobType.type(),
                    worker.getClass().getSimpleName());
        });
    }

    /** The job types this application works on. */
    public synchronized List<JobType> openJobTypes() {
        return openWorkers.isEmpty() ? List.of() : List.copyOf(workers.keySet());
    }

    @Override
    public synchronized void start() {
        running = true;
    }

    @Override
    public synchronized void stop() {
        openWorkers.forEach(JobWorker::close);
        if (!openWorkers.isEmpty()) {
            log.info("Zeebe job workers closed: {}", workers.keySet());
        }
        openWorkers.clear();
        running = false;
    }

    @Override
    public synchronized boolean isRunning() {
        return running;
    }

    private static Map<JobType, SagaJobWorker> byJobType(List<SagaJobWorker> workers) {
        Map<JobType, SagaJobWorker> byType = new EnumMap<>(JobType.class);
        for (SagaJobWorker worker : workers) {
            SagaJobWorker other = byType.putIfAbsent(worker.jobType(), worker);
            if (other != null) {
                throw new IllegalStateException("two SagaJobWorker beans for job type " + worker.jobType().type()
                        + ": " + other.getClass().getName() + " and " + worker.getClass().getName());
            }
        }
        return byType;
    }
}
