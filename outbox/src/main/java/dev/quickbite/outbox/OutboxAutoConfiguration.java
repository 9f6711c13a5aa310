package dev.quickbite.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers the {@link OutboxWriter} and, unless {@code quickbite.outbox.relay.enabled=false},
 * the {@link OutboxRelay} for the application's single DataSource.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        KafkaAutoConfiguration.class},
        afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties({OutboxProperties.class, KafkaProperties.class})
public class OutboxAutoConfiguration {

    @Bean
    OutboxRepository outboxRepository(DataSource dataSource) {
        return new OutboxRepository(new JdbcTemplate(dataSource));
    }

    @Bean
    @ConditionalOnMissingBean
    OutboxWriter outboxWriter(OutboxRepository outboxRepository) {
        return new OutboxWriter(outboxRepository);
    }

    @Bean
    OutboxMetrics outboxMetrics(ObjectProvider<MeterRegistry> meterRegistry, OutboxRepository outboxRepository) {
        return new OutboxMetrics(meterRegistry.getIfAvailable(() -> Metrics.globalRegistry), outboxRepository);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "quickbite.outbox.relay.enabled", havingValue = "true", matchIfMissing = true)
    OutboxRelay outboxRelay(OutboxRepository outboxRepository, PlatformTransactionManager transactionManager,
            OutboxMetrics outboxMetrics, OutboxProperties properties, KafkaProperties kafkaProperties,
            ObjectProvider<KafkaConnectionDetails> connectionDetails) {
        var producer = new KafkaRelayProducer(producerConfig(kafkaProperties, connectionDetails.getIfAvailable()),
                properties.relay().sendTimeout());
        return new OutboxRelay(outboxRepository, new TransactionTemplate(transactionManager), producer,
                outboxMetrics, properties, Clock.systemUTC());
    }

    private static Map<String, Object> producerConfig(KafkaProperties kafkaProperties,
            KafkaConnectionDetails connectionDetails) {
        Map<String, Object> config = new HashMap<>(kafkaProperties.buildProducerProperties());
        if (connectionDetails != null) {
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    String.join(",", connectionDetails.getProducer().getBootstrapServers()));
        }
        return config;
    }
}
