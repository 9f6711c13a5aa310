package dev.quickbite.embedded.zeebe;

import io.camunda.zeebe.client.ZeebeClient;
import java.time.Duration;
import java.util.UUID;

/**
 * Proves that the engine still processes commands, not just that its gateway answers: a
 * published message is only acknowledged after the stream processor has written it. The
 * message has no subscribers and no time to live, so it leaves no state behind.
 */
final class EngineProbe {

    static final String MESSAGE_NAME = "quickbite-engine-watchdog";

    private final ZeebeClient client;
    private final Duration timeout;

    EngineProbe(ZeebeClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    /** Returns normally when the engine processed the probe; throws when it did not in time. */
    void probe() {
        client.newPublishMessageCommand()
                .messageName(MESSAGE_NAME)
                .correlationKey(UUID.randomUUID().toString())
                .timeToLive(Duration.ZERO)
                .requestTimeout(timeout)
                .send()
                .join();
    }
}
