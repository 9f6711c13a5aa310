package dev.quickbite.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox's health in numbers. Backlog and age are read from the table at scrape time, so they
 * stay true whichever relay instance publishes (or none does).
 */
class OutboxMetrics {

    static final String BACKLOG = "quickbite.outbox.backlog";
    static final String OLDEST_AGE = "quickbite.outbox.oldest.age";
    static final String PUBLISHED = "quickbite.outbox.published";
    static final String LAG = "quickbite.outbox.lag";

    private static final Logger log = LoggerFactory.getLogger(OutboxMetrics.class);

    private final Counter published;
    private final Timer lag;

    OutboxMetrics(MeterRegistry registry, OutboxRepository repository) {
        Gauge.builder(BACKLOG, repository, orNaN(OutboxRepository::countUnpublished))
                .description("Outbox rows not yet published to Kafka")
                .strongReference(true)
                .register(registry);
        Gauge.builder(OLDEST_AGE, repository, orNaN(OutboxRepository::oldestUnpublishedAgeSeconds))
                .description("Age of the oldest unpublished outbox row")
                .baseUnit("seconds")
                .strongReference(true)
                .register(registry);
        published = Counter.builder(PUBLISHED)
                .description("Outbox rows published to Kafka and acknowledged")
                .register(registry);
        lag = Timer.builder(LAG)
                .description("Time from writing an outbox row to Kafka acknowledging it")
                .publishPercentileHistogram()
                .register(registry);
    }

    void recordPublished(List<OutboxRecord> records, Instant ackedAt) {
        published.increment(records.size());
        for (OutboxRecord record : records) {
            Duration age = Duration.between(record.createdAt(), ackedAt);
            lag.record(age.isNegative() ? Duration.ZERO : age);
        }
    }

    /** A scrape while the database is down reports "unknown" rather than failing the scrape. */
    private static ToDoubleFunction<OutboxRepository> orNaN(ToDoubleFunction<OutboxRepository> query) {
        return repository -> {
            try {
                return query.applyAsDouble(repository);
            } catch (RuntimeException e) {
                log.debug("cannot read outbox metrics: {}", e.toString());
                return Double.NaN;
            }
        };
    }
}
