package dev.quickbite.outbox;

import dev.quickbite.contract.events.EventEnvelope;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** SQL on the {@code outbox} table (created by {@code db/changelog/outbox.yaml}). */
class OutboxRepository {

    /**
     * Advisory lock key the relays of one database agree on: whoever holds it publishes, so rows
     * of one order never overtake each other between two relay instances.
     */
    static final long RELAY_LOCK_KEY = 0x0B_0C_5E_1A_7EL;

    private static final RowMapper<OutboxRecord> RECORD = (rs, row) -> new OutboxRecord(
            rs.getLong("id"),
            rs.getObject("event_id", UUID.class),
            rs.getString("topic"),
            rs.getString("message_key"),
            rs.getBytes("payload"),
            rs.getTimestamp("created_at").toInstant());

    private final JdbcTemplate jdbc;

    OutboxRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the event; appending the same event id twice keeps the first row. */
    void insert(EventEnvelope event, UUID eventId, byte[] payload) {
        jdbc.update("""
                INSERT INTO outbox (event_id, topic, message_key, event_type, payload, created_at)
                VALUES (?, ?, ?, ?, ?, clock_timestamp())
                ON CONFLICT (event_id) DO NOTHING
                """,
                eventId, event.type().topic(), event.orderId(), event.type().cloudEventType(), payload);
    }

    /** Takes the relay lock for the current transaction; false when another relay holds it. */
    boolean tryLockRelay() {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class,
                RELAY_LOCK_KEY));
    }

    /** The oldest unpublished rows, row-locked until the current transaction ends. */
    List<OutboxRecord> lockUnpublished(int limit) {
        return jdbc.query("""
                SELECT id, event_id, topic, message_key, payload, created_at
                FROM outbox
                WHERE published_at IS NULL
                ORDER BY id
                LIMIT ?
                FOR UPDATE SKIP LOCKED
                """, RECORD, limit);
    }

    void markPublished(List<OutboxRecord> records) {
        Long[] ids = records.stream().map(OutboxRecord::id).toArray(Long[]::new);
        jdbc.update(con -> {
            var statement = con.prepareStatement("UPDATE outbox SET published_at = clock_timestamp() WHERE id = ANY (?)");
            statement.setArray(1, con.createArrayOf("bigint", ids));
            return statement;
        });
    }

    int deletePublishedBefore(Instant cutoff) {
        return jdbc.update("DELETE FROM outbox WHERE published_at < ?", Timestamp.from(cutoff));
    }

    long countUnpublished() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM outbox WHERE published_at IS NULL", Long.class);
        return count == null ? 0 : count;
    }

    /** Seconds since the oldest unpublished row was written; zero when nothing waits. */
    double oldestUnpublishedAgeSeconds() {
        Double age = jdbc.queryForObject("""
                SELECT coalesce(extract(epoch FROM clock_timestamp() - min(created_at)), 0)
                FROM outbox WHERE published_at IS NULL
                """, Double.class);
        return age == null ? 0 : age;
    }
}
