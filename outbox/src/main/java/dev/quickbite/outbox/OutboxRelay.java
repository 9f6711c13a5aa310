package dev.quickbite.outbox;

import dev.quickbite.outbox.KafkaRelayProducer.KafkaSendException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes outbox rows to Kafka in id order, then marks them published in the same transaction.
 *
 * <p>Every batch runs in one transaction that holds a PostgreSQL advisory lock, so of several
 * relay instances on one database exactly one publishes at a time and one order's events cannot
 * overtake each other; the rows are also selected {@code FOR UPDATE SKIP LOCKED}. A row is marked
 * published only after Kafka acknowledged it; when Kafka (or the database) is down the batch rolls
 * back, and the relay backs off and tries again, forever. A crash between the ack and the commit
 * publishes the batch again: consumers deduplicate on the event id.
 *
 * <p>Rows are published in id (insertion) order; events of one order are written by saga steps
 * that commit one after the other, so id order is their commit order.
 *
 * <p>Runs on its own thread, so applications need not enable Spring's scheduling.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration CLEANUP_INTERVAL = Duration.ofMinutes(1);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);

    private final OutboxRepository repository;
    private final TransactionTemplate transaction;
    private final KafkaRelayProducer producer;
    private final OutboxMetrics metrics;
    private final OutboxProperties properties;
    private final Clock clock;

    private volatile ScheduledThreadPoolExecutor scheduler;
    private volatile boolean running;
    private int consecutiveFailures;
    private Instant outageStartedAt;
    private Instant nextCleanupAt = Instant.MIN;

    OutboxRelay(OutboxRepository repository, TransactionTemplate transaction, KafkaRelayProducer producer,
            OutboxMetrics metrics, OutboxProperties properties, Clock clock) {
        this.repository = repository;
        this.transaction = transaction;
        this.producer = producer;
        this.metrics = metrics;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        scheduler = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        running = true;
        scheduleNextPoll(Duration.ZERO);
        log.info("Outbox relay started: batch {} rows, poll every {}", properties.relay().batchSize(),
                properties.relay().pollInterval());
    }

    @Override
    public void stop() {
        ScheduledThreadPoolExecutor stopping;
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
            stopping = scheduler;
        }
        // Let a batch in flight finish, so it is not sent again after a restart.
        stopping.shutdown();
        try {
            Duration grace = properties.relay().sendTimeout().plusSeconds(2);
            if (!stopping.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                stopping.shutdownNow();
            }
        } catch (InterruptedException e) {
            stopping.shutdownNow();
            Thread.currentThread().interrupt();
        }
        producer.close();
        log.info("Outbox relay stopped");
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Publishes one batch if this instance gets the relay lock; returns the rows published. */
    int relayOnce() {
        List<OutboxRecord> published = transaction.execute(status -> {
            if (!repository.tryLockRelay()) {
                return List.of();
            }
            List<OutboxRecord> batch = repository.lockUnpublished(properties.relay().batchSize());
            if (!batch.isEmpty()) {
                sendAndWaitForAcks(batch);
                repository.markPublished(batch);
            }
            return batch;
        });
        if (published == null || published.isEmpty()) {
            return 0;
        }
        metrics.recordPublished(published, clock.instant());
        return published.size();
    }

    private void sendAndWaitForAcks(List<OutboxRecord> batch) {
        try {
            producer.sendAll(batch);
        } catch (KafkaSendException e) {
            throw new RelayBatchFailed("Kafka did not acknowledge " + batch.size() + " outbox rows: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RelayBatchFailed("interrupted while waiting for Kafka's acks", e);
        }
    }

    private void poll() {
        Duration nextPoll;
        try {
            int published = relayOnce();
            recovered();
            deletePublishedRowsPastRetention();
            // A full batch means more are waiting: keep draining without pausing.
            nextPoll = published >= properties.relay().batchSize() ? Duration.ZERO : properties.relay().pollInterval();
        } catch (RuntimeException e) {
            nextPoll = failed(e);
        }
        scheduleNextPoll(nextPoll);
    }

    private void scheduleNextPoll(Duration delay) {
        if (!running) {
            return;
        }
        try {
            scheduler.schedule(this::poll, delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            log.debug("outbox relay is stopping, no further polls");
        }
    }

    /** Logs once per outage, not once per attempt, and backs off exponentially. */
    private Duration failed(RuntimeException e) {
        consecutiveFailures++;
        if (consecutiveFailures == 1) {
            outageStartedAt = clock.instant();
            log.warn("Outbox relay cannot publish, retrying with backoff until it can (rows stay in the outbox): {}",
                    e.getMessage(), e);
        } else {
            log.debug("Outbox relay attempt {} failed: {}", consecutiveFailures, e.toString());
        }
        return backoffAfter(consecutiveFailures);
    }

    private void recovered() {
        if (consecutiveFailures > 0) {
            log.info("Outbox relay publishes again after {} failed attempts over {}", consecutiveFailures,
                    Duration.between(outageStartedAt, clock.instant()));
            consecutiveFailures = 0;
        }
    }

    Duration backoffAfter(int failures) {
        Duration first = properties.relay().pollInterval().compareTo(FIRST_BACKOFF) > 0
                ? properties.relay().pollInterval() : FIRST_BACKOFF;
        Duration max = properties.relay().maxBackoff();
        int doublings = Math.min(failures - 1, 30);
        Duration backoff = first.multipliedBy(1L << doublings);
        return backoff.compareTo(max) > 0 ? max : backoff;
    }

    private void deletePublishedRowsPastRetention() {
        Duration retention = properties.retention();
        Instant now = clock.instant();
        if (retention.isZero() || now.isBefore(nextCleanupAt)) {
            return;
        }
        nextCleanupAt = now.plus(CLEANUP_INTERVAL);
        int deleted = repository.deletePublishedBefore(now.minus(retention));
        if (deleted > 0) {
            log.debug("deleted {} outbox rows published more than {} ago", deleted, retention);
        }
    }

    /** Rolls the batch's transaction back; the rows are retried by the next attempt. */
    static final class RelayBatchFailed extends RuntimeException {
        RelayBatchFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
