package dev.quickbite.outbox;

import java.time.Instant;
import java.util.UUID;

/** One unpublished outbox row, as the relay sends it. */
record OutboxRecord(long id, UUID eventId, String topic, String key, byte[] payload, Instant createdAt) {
}
