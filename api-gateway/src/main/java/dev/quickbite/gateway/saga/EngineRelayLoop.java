package dev.quickbite.gateway.saga;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Drains a database queue towards the engine: on a poll timer and on {@link #kick()} right after a
 * commit, one batch at a time on a single thread. While the engine is unreachable the rows stay
 * where they are; the loop backs off exponentially and logs once per outage, not once per attempt.
 */
public final class EngineRelayLoop implements SmartLifecycle {

    /** Relays up to one batch and returns how many rows it handled; throws when the engine failed. */
    @FunctionalInterface
    public interface Batch {
        int relayNext();
    }

    private static final Logger log = LoggerFactory.getLogger(EngineRelayLoop.class);

    private final String name;
    private final Batch batch;
    private final RelayProperties properties;
    private final AtomicBoolean kickQueued = new AtomicBoolean();
    private ScheduledExecutorService executor;
    private volatile boolean running;
    private Duration backoff;
    private long nextAttemptNanos;
    private boolean inOutage;

    public EngineRelayLoop(String name, Batch batch, RelayProperties properties) {
        this.name = name;
        this.batch = batch;
        this.properties = properties;
        this.backoff = properties.pollInterval();
    }

    /** Asks for a prompt pass, e.g. after a transaction committed a new row; coalesces bursts. */
    public void kick() {
        if (running && kickQueued.compareAndSet(false, true)) {
            try {
                executor.execute(() -> {
                    kickQueued.set(false);
                    drain();
                });
            } catch (RejectedExecutionException shuttingDown) {
                // The rows stay queued; the next start (or another gateway) relays them.
                kickQueued.set(false);
            }
        }
    }

    private void drain() {
        if (System.nanoTime() - nextAttemptNanos < 0) {
            return;
        }
        try {
            int handled;
            do {
                handled = batch.relayNext();
            } while (handled >= properties.batchSize() && running);
            recovered();
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    private void failed(RuntimeException e) {
        if (!inOutage) {
            inOutage = true;
            log.warn("{}: cannot reach the engine or the database, keeping the rows and retrying with backoff: {}",
                    name, e.toString());
        } else {
            log.debug("{}: still failing: {}", name, e.toString());
        }
        nextAttemptNanos = System.nanoTime() + backoff.toNanos();
        Duration doubled = backoff.multipliedBy(2);
        backoff = doubled.compareTo(properties.backoffMax()) > 0 ? properties.backoffMax() : doubled;
    }

    private void recovered() {
        if (inOutage) {
            inOutage = false;
            log.info("{}: working again", name);
        }
        backoff = properties.pollInterval();
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name(name).daemon().factory());
        running = true;
        long interval = properties.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::drain, 0, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        executor.shutdown();
        try {
            if (!executor.awaitTermination(properties.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the web server and data source go away. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1024;
    }
}
