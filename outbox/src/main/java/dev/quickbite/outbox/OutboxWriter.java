package dev.quickbite.outbox;

import dev.quickbite.contract.events.CloudEventCodec;
import dev.quickbite.contract.events.EventEnvelope;
import java.util.Objects;
import java.util.UUID;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends domain events to the outbox in the caller's transaction, so an event exists exactly
 * when the state change it announces was committed. The relay publishes it afterwards.
 */
public class OutboxWriter {

    private final OutboxRepository repository;

    OutboxWriter(OutboxRepository repository) {
        this.repository = repository;
    }

    /**
     * @throws IllegalTransactionStateException when called outside a transaction: an event
     *         written on its own could announce a change that never commits
     * @throws IllegalArgumentException when the event id is not a UUID
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(EventEnvelope event) {
        Objects.requireNonNull(event, "event");
        // Guards callers that reach an unproxied instance, where the annotation does nothing.
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalTransactionStateException(
                    "OutboxWriter.append needs the caller's transaction (event " + event.eventId() + ")");
        }
        repository.insert(event, eventIdOf(event), CloudEventCodec.encode(event));
    }

    private static UUID eventIdOf(EventEnvelope event) {
        try {
            return UUID.fromString(event.eventId());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("event id must be a UUID, was '" + event.eventId() + "'", e);
        }
    }
}
