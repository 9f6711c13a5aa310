package dev.quickbite.gateway.deadletter;

import dev.quickbite.contract.Topics;
import java.util.List;

/** Where a dead letter sits: its coordinates in one of the dead-letter topics. */
public record DeadLetterId(String topic, int partition, long offset) {

    public static final List<String> TOPICS = List.of(Topics.ORDERS_DLQ, Topics.INVENTORY_DLQ);

    public DeadLetterId {
        if (!TOPICS.contains(topic)) {
            throw new DeadLetterNotFoundException("'" + topic + "' is not a dead-letter topic");
        }
    }

    /** The topic a dead letter came from when its origin header is missing. */
    public String sourceTopic() {
        return topic.equals(Topics.ORDERS_DLQ) ? Topics.ORDERS : Topics.INVENTORY;
    }

    @Override
    public String toString() {
        return topic + "/" + partition + "/" + offset;
    }
}
