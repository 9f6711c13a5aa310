package dev.quickbite.contract.events;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * A domain event with its CloudEvents context: {@code id} (the dedup key of every consumer),
 * {@code source} (the producing service), {@code time}, and the order id as {@code subject}.
 */
public record EventEnvelope(String eventId, String source, Instant time, DomainEvent data) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
    }

    /** A new event with a random id, stamped now. */
    public static EventEnvelope of(String source, DomainEvent data) {
        return new EventEnvelope(UUID.randomUUID().toString(), source,
                Instant.now().truncatedTo(ChronoUnit.MICROS), data);
    }

    public EventType type() {
        return data.type();
    }

    public String orderId() {
        return data.orderId();
    }
}
