package dev.quickbite.gateway.readmodel;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Retries of a record whose processing failed for a reason that may pass (e.g. the database is
 * down); after {@code maxAttempts} the record goes to its dead-letter topic.
 */
@ConfigurationProperties("quickbite.gateway.kafka.retry")
public record ConsumerRetryProperties(
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("500ms") Duration initialInterval,
        @DefaultValue("2.0") double multiplier,
        @DefaultValue("10s") Duration maxInterval) {
}
