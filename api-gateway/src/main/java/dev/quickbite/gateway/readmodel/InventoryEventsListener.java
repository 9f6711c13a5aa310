package dev.quickbite.gateway.readmodel;

import dev.quickbite.contract.Topics;
import dev.quickbite.contract.events.CloudEventCodec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Adds inventory events (reserved, rejected, released) to the order timelines. */
@Component
public class InventoryEventsListener {

    private final ReadModelProjector projector;

    public InventoryEventsListener(ReadModelProjector projector) {
        this.projector = projector;
    }

    @KafkaListener(id = "inventory-timeline", groupId = KafkaConsumerConfiguration.GROUP_ID, topics = Topics.INVENTORY)
    public void on(ConsumerRecord<String, byte[]> record) {
        projector.apply(record.topic(), CloudEventCodec.decode(record.value()));
    }
}
