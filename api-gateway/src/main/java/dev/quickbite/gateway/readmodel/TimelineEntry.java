package dev.quickbite.gateway.readmodel;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;

/** One domain event of an order as received; {@code details} is the event data as JSON. */
public record TimelineEntry(String eventId, String type, Instant time, String source, String topic,
                            @JsonRawValue String details) {
}
