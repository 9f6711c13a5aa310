package dev.quickbite.embedded.zeebe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EngineWatchdogTest {

    @Test
    void aRunningEngineAnswersTheProbeAndAStoppedOneIsDeclaredDeadAfterTheAllowedFailures() throws IOException {
        ZeebeTestEngine engine = EngineFactory.create(freePort());
        engine.start();
        AtomicInteger deathReports = new AtomicInteger();
        boolean stopped = false;
        try (ZeebeClient client = engine.createClient()) {
            EngineProbe probe = new EngineProbe(client, Duration.ofSeconds(2));
            EngineWatchdog watchdog = new EngineWatchdog(probe::probe, 2, deathReports::incrementAndGet);
            assertThatNoException().isThrownBy(probe::probe);
            watchdog.check();

            engine.stop();
            stopped = true;
            watchdog.check();
            assertThat(deathReports).as("one failure is tolerated").hasValue(0);
            watchdog.check();

            assertThat(deathReports).hasValue(1);
        } finally {
            if (!stopped) {
                engine.stop();
            }
        }
    }

    @Test
    void aSuccessfulProbeResetsTheFailureCount() {
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger deathReports = new AtomicInteger();
        // fails, succeeds, fails: never two failures in a row
        Runnable flakyProbe = () -> {
            if (calls.incrementAndGet() % 2 == 1) {
                throw new IllegalStateException("timeout");
            }
        };
        EngineWatchdog watchdog = new EngineWatchdog(flakyProbe, 2, deathReports::incrementAndGet);

        watchdog.check();
        watchdog.check();
        watchdog.check();

        assertThat(deathReports).hasValue(0);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
