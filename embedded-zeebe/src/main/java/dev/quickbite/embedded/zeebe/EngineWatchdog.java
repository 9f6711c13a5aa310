package dev.quickbite.embedded.zeebe;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Probes the engine periodically and declares it dead after a number of consecutive failures.
 * The in-memory engine's stream processor can die silently (an NPE in its log storage after
 * many retries); without this the process would look healthy while no saga moves.
 */
final class EngineWatchdog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EngineWatchdog.class);

    private final Runnable probe;
    private final int failuresBeforeDead;
    private final Runnable onDead;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            runnable -> Thread.ofPlatform().daemon().name("engine-watchdog").unstarted(runnable));
    private int consecutiveFailures;

    EngineWatchdog(Runnable probe, int failuresBeforeDead, Runnable onDead) {
        this.probe = probe;
        this.failuresBeforeDead = failuresBeforeDead;
        this.onDead = onDead;
    }

    void start(Duration interval) {
        scheduler.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One probe; public to the package so tests can drive the watchdog without waiting. */
    void check() {
        try {
            probe.run();
            if (consecutiveFailures > 0) {
                log.info("engine answers again after {} failed probe(s)", consecutiveFailures);
            }
            consecutiveFailures = 0;
        } catch (RuntimeException e) {
            consecutiveFailures++;
            log.warn("engine probe {}/{} failed: {}", consecutiveFailures, failuresBeforeDead, e.toString());
            if (consecutiveFailures >= failuresBeforeDead) {
                log.error("the Zeebe engine stopped processing commands; giving up");
                scheduler.shutdown();
                onDead.run();
            }
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
