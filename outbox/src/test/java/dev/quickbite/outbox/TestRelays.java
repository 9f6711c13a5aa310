package dev.quickbite.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Builds extra relay instances on a test's database, as a second pod would run them. */
final class TestRelays {

    private TestRelays() {
    }

    static OutboxRelay relay(DataSource dataSource, PlatformTransactionManager transactionManager,
            String bootstrapServers, OutboxProperties.Relay settings, MeterRegistry meterRegistry) {
        var repository = new OutboxRepository(new JdbcTemplate(dataSource));
        var producer = new KafkaRelayProducer(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                settings.sendTimeout());
        return new OutboxRelay(repository, new TransactionTemplate(transactionManager), producer,
                new OutboxMetrics(meterRegistry, repository), new OutboxProperties(Duration.ofDays(1), settings),
                Clock.systemUTC());
    }

    static OutboxProperties.Relay settings(int batchSize, Duration pollInterval, Duration sendTimeout,
            Duration maxBackoff) {
        return new OutboxProperties.Relay(true, pollInterval, batchSize, sendTimeout, maxBackoff);
    }
}
