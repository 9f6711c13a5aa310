package dev.quickbite.gateway.deadletter;

import java.time.Instant;

/**
 * A record that could not be processed, as an admin sees it: where it came from, why it failed,
 * how often it was tried and the start of its value.
 */
public record DeadLetter(
        DeadLetterId id,
        String key,
        String originTopic,
        Integer originPartition,
        Long originOffset,
        String error,
        Integer attempts,
        Instant deadLetteredAt,
        String valuePreview) {
}
