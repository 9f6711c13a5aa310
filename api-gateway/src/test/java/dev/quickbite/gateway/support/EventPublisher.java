package dev.quickbite.gateway.support;

import dev.quickbite.contract.events.CloudEventCodec;
import dev.quickbite.contract.events.DomainEvent;
import dev.quickbite.contract.events.EventEnvelope;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;

/** Publishes records the way the services' outbox relays do (or, for poison tests, garbage). */
public final class EventPublisher {

    private final KafkaTemplate<String, byte[]> kafka;

    public EventPublisher(KafkaTemplate<String, byte[]> kafka) {
        this.kafka = kafka;
    }

    public EventEnvelope publish(String source, DomainEvent event) throws Exception {
        EventEnvelope envelope = EventEnvelope.of(source, event);
        publish(envelope);
        return envelope;
    }

    public void publish(EventEnvelope envelope) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(envelope.type().topic(), envelope.orderId(),
                CloudEventCodec.encode(envelope));
        record.headers().add("content-type", CloudEventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        kafka.send(record).get(10, TimeUnit.SECONDS);
    }

    public void publishRaw(String topic, String key, String value) throws Exception {
        kafka.send(new ProducerRecord<>(topic, key, value.getBytes(StandardCharsets.UTF_8))).get(10, TimeUnit.SECONDS);
    }
}
