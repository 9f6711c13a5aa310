package dev.quickbite.contract.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonFormat;
import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Encodes events as CloudEvents in structured JSON mode ({@code application/cloudevents+json}),
 * so a record is self-describing on the wire and in a dead-letter topic.
 */
public final class CloudEventCodec {

    public static final String CONTENT_TYPE = JsonFormat.CONTENT_TYPE;

    private static final ObjectMapper DATA_MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
            .configure(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES, true);
    private static final JsonFormat FORMAT = new JsonFormat();

    private CloudEventCodec() {
    }

    public static byte[] encode(EventEnvelope envelope) {
        try {
            CloudEvent event = CloudEventBuilder.v1()
                    .withId(envelope.eventId())
                    .withSource(URI.create(envelope.source()))
                    .withType(envelope.type().cloudEventType())
                    .withTime(OffsetDateTime.ofInstant(envelope.time(), ZoneOffset.UTC))
                    .withSubject(envelope.orderId())
                    .withDataContentType("application/json")
                    .withData(DATA_MAPPER.writeValueAsBytes(envelope.data()))
                    .build();
            return FORMAT.serialize(event);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode " + envelope, e);
        }
    }

    /** @throws MalformedEventException when the bytes can never be decoded, whatever the retry */
    public static EventEnvelope decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new MalformedEventException("empty record value");
        }
        CloudEvent event;
        try {
            event = FORMAT.deserialize(bytes);
        } catch (RuntimeException e) {
            throw new MalformedEventException("not a CloudEvent in JSON: " + e.getMessage(), e);
        }
        EventType type = EventType.fromCloudEventType(event.getType())
                .orElseThrow(() -> new MalformedEventException("unknown event type: " + event.getType()));
        CloudEventData data = event.getData();
        if (data == null) {
            throw new MalformedEventException("event " + event.getId() + " has no data");
        }
        if (event.getTime() == null) {
            throw new MalformedEventException("event " + event.getId() + " has no time");
        }
        try {
            DomainEvent domainEvent = DATA_MAPPER.readValue(data.toBytes(), type.dataClass());
            return new EventEnvelope(event.getId(), event.getSource().toString(),
                    event.getTime().toInstant(), domainEvent);
        } catch (IOException | IllegalArgumentException e) {
            throw new MalformedEventException("invalid " + type.cloudEventType() + " data: " + e.getMessage(), e);
        }
    }
}
