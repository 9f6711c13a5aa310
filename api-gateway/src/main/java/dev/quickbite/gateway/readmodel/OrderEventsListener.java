package dev.quickbite.gateway.readmodel;

import dev.quickbite.contract.Topics;
import dev.quickbite.contract.events.CloudEventCodec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds order events (created, confirmed, cancelled) into the read model. */
@Component
public class OrderEventsListener {

    private final ReadModelProjector projector;

    public OrderEventsListener(ReadModelProjector projector) {
        this.projector = projector;
    }

    /** Raw bytes, decoded here, so a record that is not even JSON is a normal, DLQ-able failure. */
    @KafkaListener(id = "orders-read-model", groupId = KafkaConsumerConfiguration.GROUP_ID, topics = Topics.ORDERS)
    public void on(ConsumerRecord<String, byte[]> record) {
        projector.apply(record.topic(), CloudEventCodec.decode(record.value()));
    }
}
