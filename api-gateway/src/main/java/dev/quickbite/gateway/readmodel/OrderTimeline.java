package dev.quickbite.gateway.readmodel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quickbite.contract.events.EventEnvelope;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code order_events}: every domain event received for an order, oldest first. */
@Repository
public class OrderTimeline {

    private static final ObjectMapper EVENT_DATA_JSON = new ObjectMapper();

    private final JdbcClient jdbc;

    public OrderTimeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void append(String topic, EventEnvelope event) {
        jdbc.sql("""
                INSERT INTO order_events (event_id, order_id, topic, event_type, source, event_time, details, received_at)
                VALUES (:eventId, :orderId, :topic, :type, :source, :time, :details, now())
                ON CONFLICT (event_id) DO NOTHING""")
                .param("eventId", event.eventId())
                .param("orderId", event.orderId())
                .param("topic", topic)
                .param("type", event.type().cloudEventType())
                .param("source", event.source())
                .param("time", OffsetDateTime.ofInstant(event.time(), ZoneOffset.UTC))
                .param("details", detailsOf(event))
                .update();
    }

    public List<TimelineEntry> of(String orderId) {
        return jdbc.sql("""
                SELECT event_id, event_type, event_time, source, topic, details FROM order_events
                WHERE order_id = :orderId ORDER BY event_time, id""")
                .param("orderId", orderId)
                .query((rs, row) -> new TimelineEntry(rs.getString("event_id"), rs.getString("event_type"),
                        rs.getObject("event_time", OffsetDateTime.class).toInstant(), rs.getString("source"),
                        rs.getString("topic"), rs.getString("details")))
                .list();
    }

    private static String detailsOf(EventEnvelope event) {
        try {
            return EVENT_DATA_JSON.writeValueAsString(event.data());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + event, e);
        }
    }
}
