package dev.quickbite.gateway.deadletter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;

/**
 * Reads the dead-letter topics directly (assigned partitions, no consumer group), so looking at
 * dead letters never moves anybody's committed offsets.
 */
@Component
public class DeadLetterTopics {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final Map<String, Object> consumerConfig;

    public DeadLetterTopics(KafkaProperties kafka) {
        Map<String, Object> config = kafka.buildConsumerProperties();
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.consumerConfig = config;
    }

    /** Every record currently in the topic, partition by partition, oldest first. */
    public void forEach(String topic, Consumer<ConsumerRecord<String, byte[]>> action) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig)) {
            List<TopicPartition> partitions = partitionsOf(consumer, topic);
            if (partitions.isEmpty()) {
                return;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, TIMEOUT);
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!reachedEnd(consumer, ends)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("timed out reading " + topic);
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    action.accept(record);
                }
            }
        }
    }

    public Optional<ConsumerRecord<String, byte[]>> read(DeadLetterId id) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig)) {
            TopicPartition partition = new TopicPartition(id.topic(), id.partition());
            if (!partitionsOf(consumer, id.topic()).contains(partition)) {
                return Optional.empty();
            }
            consumer.assign(List.of(partition));
            long end = consumer.endOffsets(List.of(partition), TIMEOUT).get(partition);
            long start = consumer.beginningOffsets(List.of(partition), TIMEOUT).get(partition);
            if (id.offset() < start || id.offset() >= end) {
                return Optional.empty();
            }
            consumer.seek(partition, id.offset());
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    if (record.offset() == id.offset()) {
                        return Optional.of(record);
                    }
                    if (record.offset() > id.offset()) {
                        return Optional.empty();
                    }
                }
            }
            throw new IllegalStateException("timed out reading dead letter " + id);
        }
    }

    /** Per partition: [first offset, end offset) of what the topic holds now. */
    public Map<TopicPartition, long[]> offsetRanges(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig)) {
            List<TopicPartition> partitions = partitionsOf(consumer, topic);
            Map<TopicPartition, Long> begins = consumer.beginningOffsets(partitions, TIMEOUT);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, TIMEOUT);
            Map<TopicPartition, long[]> ranges = new HashMap<>();
            partitions.forEach(p -> ranges.put(p, new long[] {begins.get(p), ends.get(p)}));
            return ranges;
        }
    }

    /** Lists topics first so that merely looking never auto-creates a dead-letter topic. */
    private static List<TopicPartition> partitionsOf(KafkaConsumer<?, ?> consumer, String topic) {
        Map<String, List<PartitionInfo>> topics = consumer.listTopics(TIMEOUT);
        List<TopicPartition> partitions = new ArrayList<>();
        for (PartitionInfo info : topics.getOrDefault(topic, List.of())) {
            partitions.add(new TopicPartition(topic, info.partition()));
        }
        return partitions;
    }

    private static boolean reachedEnd(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey(), TIMEOUT) >= end.getValue());
    }
}
