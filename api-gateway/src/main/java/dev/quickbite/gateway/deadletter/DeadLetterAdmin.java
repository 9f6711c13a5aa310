package dev.quickbite.gateway.deadletter;

import dev.quickbite.gateway.deadletter.DeadLetterActions.Action;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Admin use cases on dead letters. A replay re-publishes the original key, value and headers to
 * the source topic, where the idempotent consumers make a replay of an applied event harmless.
 */
@Service
public class DeadLetterAdmin {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterAdmin.class);

    private final DeadLetterTopics topics;
    private final DeadLetterActions actions;
    private final KafkaTemplate<String, byte[]> kafka;
    private final DeadLetterDepth depth;
    private final TransactionTemplate transaction;

    public DeadLetterAdmin(DeadLetterTopics topics, DeadLetterActions actions, KafkaTemplate<String, byte[]> rawKafkaTemplate,
                           DeadLetterDepth depth, TransactionTemplate transaction) {
        this.transaction = transaction;
        this.topics = topics;
        this.actions = actions;
        this.kafka = rawKafkaTemplate;
        this.depth = depth;
    }

    /** Dead letters nobody replayed or discarded yet, oldest first per topic and partition. */
    public List<DeadLetter> open(int limit) {
        List<DeadLetter> open = new ArrayList<>();
        for (String topic : DeadLetterId.TOPICS) {
            Set<DeadLetterId> handled = actions.handledIn(topic);
            topics.forEach(topic, record -> {
                DeadLetterId id = new DeadLetterId(record.topic(), record.partition(), record.offset());
                if (!handled.contains(id) && open.size() < limit) {
                    open.add(DeadLetterHeaders.describe(record));
                }
            });
        }
        return open;
    }

    /** Claims the dead letter first, so two admins replaying at once publish it only once. */
    public void replay(DeadLetterId id, String admin) {
        transaction.executeWithoutResult(tx -> claimAndReplay(id, admin));
        depth.refreshSoon();
    }

    private void claimAndReplay(DeadLetterId id, String admin) {
        if (!actions.record(id, Action.REPLAYED, admin)) {
            throw new DeadLetterAlreadyHandledException(id);
        }
        ConsumerRecord<String, byte[]> record = topics.read(id)
                .orElseThrow(() -> new DeadLetterNotFoundException("no dead letter at " + id));
        String target = DeadLetterHeaders.originTopic(record, id);
        publish(new ProducerRecord<>(target, null, record.key(), record.value(), DeadLetterHeaders.originalHeaders(record)));
        log.info("Admin {} replayed dead letter {} (key {}) to {}", admin, id, record.key(), target);
    }

    public void discard(DeadLetterId id, String admin) {
        transaction.executeWithoutResult(tx -> claimAndDiscard(id, admin));
        depth.refreshSoon();
    }

    private void claimAndDiscard(DeadLetterId id, String admin) {
        if (!actions.record(id, Action.DISCARDED, admin)) {
            throw new DeadLetterAlreadyHandledException(id);
        }
        ConsumerRecord<String, byte[]> record = topics.read(id)
                .orElseThrow(() -> new DeadLetterNotFoundException("no dead letter at " + id));
        log.info("Admin {} discarded dead letter {} (key {})", admin, id, record.key());
    }

    /** Replays every open dead letter; one that someone else handles meanwhile is skipped. */
    public int replayAll(String admin) {
        int replayed = 0;
        for (DeadLetter deadLetter : open(Integer.MAX_VALUE)) {
            try {
                replay(deadLetter.id(), admin);
                replayed++;
            } catch (DeadLetterAlreadyHandledException | DeadLetterNotFoundException e) {
                log.info("Skipping dead letter {}: {}", deadLetter.id(), e.getMessage());
            }
        }
        log.info("Admin {} replayed {} dead letters", admin, replayed);
        return replayed;
    }

    private void publish(ProducerRecord<String, byte[]> record) {
        try {
            kafka.send(record).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot replay to " + record.topic() + ": " + e.getMessage(), e);
        }
    }
}
