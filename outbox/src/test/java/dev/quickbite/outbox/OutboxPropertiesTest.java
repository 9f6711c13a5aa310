package dev.quickbite.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class OutboxPropertiesTest {

    private static OutboxProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("quickbite.outbox", OutboxProperties.class);
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        OutboxProperties properties = bind(Map.of());

        assertThat(properties.retention()).isEqualTo(Duration.ofDays(1));
        assertThat(properties.relay().enabled()).isTrue();
        assertThat(properties.relay().pollInterval()).isEqualTo(Duration.ofMillis(50));
        assertThat(properties.relay().batchSize()).isEqualTo(200);
    }

    @Test
    void relaySettingsBindFromProperties() {
        OutboxProperties properties = bind(Map.of(
                "quickbite.outbox.relay.poll-interval", "250ms",
                "quickbite.outbox.relay.batch-size", "10",
                "quickbite.outbox.retention", "PT0S"));

        assertThat(properties.relay().pollInterval()).isEqualTo(Duration.ofMillis(250));
        assertThat(properties.relay().batchSize()).isEqualTo(10);
        assertThat(properties.retention()).isZero();
    }

    @Test
    void nonsensicalSettingsAreRejectedWithThePropertyName() {
        assertThatThrownBy(() -> bind(Map.of("quickbite.outbox.relay.batch-size", "0")))
                .rootCause().hasMessageContaining("quickbite.outbox.relay.batch-size must be positive");
        assertThatThrownBy(() -> bind(Map.of("quickbite.outbox.relay.poll-interval", "0s")))
                .rootCause().hasMessageContaining("quickbite.outbox.relay.poll-interval must be positive");
    }

    @Test
    void relayBackoffDoublesFromThePollIntervalUpToTheMaximum() {
        var settings = TestRelays.settings(10, Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofSeconds(1));
        var relay = new OutboxRelay(null, null, null, null, new OutboxProperties(Duration.ofDays(1), settings), null);

        assertThat(relay.backoffAfter(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(relay.backoffAfter(2)).isEqualTo(Duration.ofMillis(400));
        assertThat(relay.backoffAfter(3)).isEqualTo(Duration.ofMillis(800));
        assertThat(relay.backoffAfter(4)).isEqualTo(Duration.ofSeconds(1));
        assertThat(relay.backoffAfter(1000)).isEqualTo(Duration.ofSeconds(1));
    }
}
