package dev.quickbite.orders.support;

import dev.quickbite.contract.events.CloudEventCodec;
import dev.quickbite.contract.events.DomainEvent;
import dev.quickbite.contract.events.EventEnvelope;
import dev.quickbite.orders.domain.OrderId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads back what the use cases appended to the outbox table, whether relayed yet or not. */
public class OutboxEvents {

    private final JdbcClient jdbc;

    public OutboxEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The events of one order, oldest first. */
    public List<EventEnvelope> of(OrderId id) {
        return jdbc.sql("SELECT payload FROM outbox WHERE message_key = :key ORDER BY id")
                .param("key", id.value())
                .query((row, rowNum) -> CloudEventCodec.decode(row.getBytes("payload")))
                .list();
    }

    /** The event data of one order, oldest first. */
    public List<DomainEvent> dataFor(OrderId id) {
        return of(id).stream().map(EventEnvelope::data).toList();
    }
}
