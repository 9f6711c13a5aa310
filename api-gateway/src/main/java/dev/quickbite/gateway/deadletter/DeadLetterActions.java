package dev.quickbite.gateway.deadletter;

import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code dead_letter_actions}: dead letters already replayed or discarded, and by whom. */
@Repository
public class DeadLetterActions {

    public enum Action { REPLAYED, DISCARDED }

    private final JdbcClient jdbc;

    public DeadLetterActions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when someone handled this dead letter before; a concurrent claim waits for ours */
    public boolean record(DeadLetterId id, Action action, String actor) {
        return jdbc.sql("""
                INSERT INTO dead_letter_actions (dlq_topic, dlq_partition, dlq_offset, action, actor, acted_at)
                VALUES (:topic, :partition, :offset, :action, :actor, now()) ON CONFLICT DO NOTHING""")
                .param("topic", id.topic())
                .param("partition", id.partition())
                .param("offset", id.offset())
                .param("action", action.name())
                .param("actor", actor)
                .update() == 1;
    }

    public Set<DeadLetterId> handledIn(String topic) {
        return new HashSet<>(jdbc.sql("SELECT dlq_partition, dlq_offset FROM dead_letter_actions WHERE dlq_topic = :topic")
                .param("topic", topic)
                .query((rs, row) -> new DeadLetterId(topic, rs.getInt("dlq_partition"), rs.getLong("dlq_offset")))
                .list());
    }

    public long countHandled(String topic, int partition, long fromOffset, long toOffset) {
        return jdbc.sql("""
                SELECT count(*) FROM dead_letter_actions
                WHERE dlq_topic = :topic AND dlq_partition = :partition AND dlq_offset >= :from AND dlq_offset < :to""")
                .param("topic", topic)
                .param("partition", partition)
                .param("from", fromOffset)
                .param("to", toOffset)
                .query(Long.class)
                .single();
    }
}
