package dev.quickbite.gateway.saga;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EngineRelayLoopTest {

    private final RelayProperties properties =
            new RelayProperties(Duration.ofMillis(50), 2, Duration.ofMillis(200), Duration.ofSeconds(1));
    private EngineRelayLoop loop;

    @AfterEach
    void stop() {
        loop.stop();
    }

    @Test
    void keepsTheWorkAndRetriesUntilTheEngineAnswers() {
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger relayed = new AtomicInteger();
        loop = new EngineRelayLoop("test", () -> {
            if (calls.incrementAndGet() <= 3) {
                throw new IllegalStateException("engine down");
            }
            return relayed.getAndIncrement() == 0 ? 1 : 0;
        }, properties);

        loop.start();

        await().atMost(Duration.ofSeconds(5)).until(() -> relayed.get() >= 1);
        assertThat(calls.get()).isGreaterThan(3);
    }

    @Test
    void drainsFullBatchesWithoutWaitingForTheNextTick() {
        AtomicInteger remaining = new AtomicInteger(7);
        loop = new EngineRelayLoop("test", () -> {
            int handled = Math.min(2, remaining.get());
            remaining.addAndGet(-handled);
            return handled;
        }, new RelayProperties(Duration.ofHours(1), 2, Duration.ofSeconds(1), Duration.ofSeconds(1)));

        loop.start();

        await().atMost(Duration.ofSeconds(2)).until(() -> remaining.get() == 0);
    }

    @Test
    void aKickRunsAPassPromptly() {
        AtomicInteger passes = new AtomicInteger();
        loop = new EngineRelayLoop("test", () -> {
            passes.incrementAndGet();
            return 0;
        }, new RelayProperties(Duration.ofHours(1), 2, Duration.ofSeconds(1), Duration.ofSeconds(1)));
        loop.start();
        await().atMost(Duration.ofSeconds(2)).until(() -> passes.get() == 1);

        loop.kick();

        await().atMost(Duration.ofSeconds(2)).until(() -> passes.get() == 2);
    }
}
