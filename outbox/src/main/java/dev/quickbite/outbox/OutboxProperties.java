package dev.quickbite.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code quickbite.outbox.*}.
 *
 * @param retention how long published rows are kept before the relay deletes them; zero keeps them forever
 * @param relay     the relay that publishes rows to Kafka
 */
@ConfigurationProperties("quickbite.outbox")
public record OutboxProperties(@DefaultValue("P1D") Duration retention, @DefaultValue Relay relay) {

    /**
     * @param enabled      whether this instance runs a relay (several may; one publishes at a time)
     * @param pollInterval pause between polls when the previous poll drained the backlog
     * @param batchSize    rows published per transaction
     * @param sendTimeout  how long a batch may wait for Kafka's acks before it is retried
     * @param maxBackoff   longest pause between attempts while Kafka or the database is down
     */
    public record Relay(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("50ms") Duration pollInterval,
            @DefaultValue("200") int batchSize,
            @DefaultValue("10s") Duration sendTimeout,
            @DefaultValue("5s") Duration maxBackoff) {

        public Relay {
            requirePositive(pollInterval, "quickbite.outbox.relay.poll-interval");
            requirePositive(sendTimeout, "quickbite.outbox.relay.send-timeout");
            requirePositive(maxBackoff, "quickbite.outbox.relay.max-backoff");
            if (batchSize <= 0) {
                throw new IllegalArgumentException("quickbite.outbox.relay.batch-size must be positive, was " + batchSize);
            }
        }
    }

    public OutboxProperties {
        if (retention.isNegative()) {
            throw new IllegalArgumentException("quickbite.outbox.retention must not be negative, was " + retention);
        }
    }

    private static void requirePositive(Duration value, String name) {
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
