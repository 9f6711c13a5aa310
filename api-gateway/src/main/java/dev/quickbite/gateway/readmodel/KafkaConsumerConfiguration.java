package dev.quickbite.gateway.readmodel;

import dev.quickbite.contract.Topics;
import dev.quickbite.contract.events.MalformedEventException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * Consumer error handling: a record that can never be decoded goes straight to the dead-letter
 * topic of its source; any other failure is retried with exponential backoff first. Either way the
 * partition moves on. Boot applies the {@link DefaultErrorHandler} bean to every listener.
 */
@Configuration(proxyBeanMethods = false)
public class KafkaConsumerConfiguration {

    public static final String GROUP_ID = "api-gateway";
    public static final String ATTEMPTS_HEADER = "quickbite-attempts";

    /** Publishes dead letters and replays; keeps the original key and value bytes untouched. */
    @Bean
    public KafkaTemplate<String, byte[]> rawKafkaTemplate(KafkaProperties kafka) {
        Map<String, Object> config = kafka.buildProducerProperties();
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
    }

    @Bean
    public DeliveryAttempts deliveryAttempts() {
        return new DeliveryAttempts();
    }

    @Bean
    public DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, byte[]> rawKafkaTemplate,
                                                 ConsumerRetryProperties retry, DeliveryAttempts attempts) {
        // Partition -1: the dead-letter topic may have fewer partitions than its source.
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(rawKafkaTemplate,
                (record, failure) -> new TopicPartition(Topics.deadLetterTopicOf(record.topic()), -1));
        recoverer.setHeadersFunction((record, failure) -> new RecordHeaders().add(ATTEMPTS_HEADER,
                Integer.toString(attempts.of(record)).getBytes(StandardCharsets.UTF_8)));
        recoverer.setFailIfSendResultIsError(true);

        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(retry.maxAttempts() - 1);
        backOff.setInitialInterval(retry.initialInterval().toMillis());
        backOff.setMultiplier(retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());

        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class);
        handler.setRetryListeners(attempts);
        return handler;
    }
}
