package dev.quickbite.gateway.readmodel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.listener.RetryListener;

/** Remembers how often a failing record was tried, for the dead letter's attempts header. */
public class DeliveryAttempts implements RetryListener {

    /** Records that failed and then succeeded leave an entry; the cap keeps that harmless. */
    private static final int MAX_TRACKED = 10_000;

    private final Map<Position, Integer> attempts = new ConcurrentHashMap<>();

    @Override
    public void failedDelivery(ConsumerRecord<?, ?> record, Exception ex, int deliveryAttempt) {
        if (attempts.size() >= MAX_TRACKED) {
            attempts.clear();
        }
        attempts.put(Position.of(record), deliveryAttempt);
    }

    @Override
    public void recovered(ConsumerRecord<?, ?> record, Exception ex) {
        attempts.remove(Position.of(record));
    }

    /** Attempts so far; a record that was never retried was tried once. */
    public int of(ConsumerRecord<?, ?> record) {
        return attempts.getOrDefault(Position.of(record), 1);
    }

    private record Position(TopicPartition partition, long offset) {
        static Position of(ConsumerRecord<?, ?> record) {
            return new Position(new TopicPartition(record.topic(), record.partition()), record.offset());
        }
    }
}
