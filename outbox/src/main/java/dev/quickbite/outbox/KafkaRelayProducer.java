package dev.quickbite.outbox;

import dev.quickbite.contract.events.CloudEventCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The relay's own idempotent producer. A batch counts as sent only when Kafka acknowledged every
 * record of it ({@code acks=all}). A retriable failure (Kafka unreachable, a timeout) keeps the
 * producer, whose connections and metadata then recover on their own; any other failure rebuilds
 * it, so a broken producer state never outlives the batch that saw it.
 */
class KafkaRelayProducer implements AutoCloseable {

    static final String CONTENT_TYPE_HEADER = "content-type";

    private final Map<String, Object> config;
    private final Duration sendTimeout;
    private Producer<String, byte[]> producer;

    KafkaRelayProducer(Map<String, Object> baseConfig, Duration sendTimeout) {
        this.config = relayConfig(baseConfig, sendTimeout);
        this.sendTimeout = sendTimeout;
    }

    /** Sends the records in order and returns once all are acknowledged. */
    void sendAll(List<OutboxRecord> records) throws KafkaSendException, InterruptedException {
        Producer<String, byte[]> current = producer();
        try {
            // Fails the whole batch up front while Kafka is unreachable. Otherwise a send could
            // time out on metadata while a later one gets through, and that later event would
            // reach the topic before its predecessor.
            records.stream().map(OutboxRecord::topic).distinct().forEach(current::partitionsFor);
            List<Future<RecordMetadata>> acks = new ArrayList<>(records.size());
            for (OutboxRecord record : records) {
                Future<RecordMetadata> ack = current.send(toProducerRecord(record));
                if (ack.isDone()) {
                    ack.get(); // a send that failed at once stops the batch before its successors
                }
                acks.add(ack);
            }
            long deadline = System.nanoTime() + sendTimeout.toNanos() + TimeUnit.SECONDS.toNanos(1);
            for (Future<RecordMetadata> ack : acks) {
                ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (ExecutionException e) {
            throw failed(current, e.getCause());
        } catch (TimeoutException | RuntimeException e) {
            throw failed(current, e);
        }
    }

    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }

    private synchronized Producer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(config);
        }
        return producer;
    }

    private KafkaSendException failed(Producer<String, byte[]> current, Throwable cause) {
        if (!(cause instanceof RetriableException) && !(cause instanceof TimeoutException)) {
            discard(current);
        }
        return new KafkaSendException(cause);
    }

    private synchronized void discard(Producer<String, byte[]> failed) {
        failed.close(Duration.ZERO);
        if (producer == failed) {
            producer = null;
        }
    }

    private static ProducerRecord<String, byte[]> toProducerRecord(OutboxRecord record) {
        var producerRecord = new ProducerRecord<>(record.topic(), record.key(), record.payload());
        producerRecord.headers().add(new RecordHeader(CONTENT_TYPE_HEADER,
                CloudEventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8)));
        return producerRecord;
    }

    /** The application's producer settings, with what the outbox's guarantees depend on forced. */
    static Map<String, Object> relayConfig(Map<String, Object> base, Duration sendTimeout) {
        Map<String, Object> config = new HashMap<>(base);
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        int timeoutMs = (int) Math.min(Integer.MAX_VALUE, sendTimeout.toMillis());
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMs);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1, timeoutMs / 2));
        // Without this a send blocks up to a minute for metadata while Kafka is down.
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.max(1, timeoutMs / 2));
        return config;
    }

    /** Kafka did not acknowledge a batch; the rows stay unpublished and are retried. */
    static final class KafkaSendException extends Exception {
        KafkaSendException(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
