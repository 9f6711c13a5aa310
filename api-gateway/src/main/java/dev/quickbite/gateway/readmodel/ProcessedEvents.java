package dev.quickbite.gateway.readmodel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code processed_events}: the ids of events already applied, for at-least-once delivery. */
@Repository
public class ProcessedEvents {

    private final JdbcClient jdbc;

    public ProcessedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the event was applied before (a redelivery or a duplicate publish) */
    public boolean markProcessed(String eventId) {
        return jdbc.sql("INSERT INTO processed_events (event_id, processed_at) VALUES (:id, now()) ON CONFLICT DO NOTHING")
                .param("id", eventId)
                .update() == 1;
    }
}
