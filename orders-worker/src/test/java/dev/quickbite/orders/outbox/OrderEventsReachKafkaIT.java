package dev.quickbite.orders.outbox;

import static dev.quickbite.orders.support.TestOrders.aNewOrder;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quickbite.contract.CancelReason;
import dev.quickbite.contract.Topics;
import dev.quickbite.contract.events.CloudEventCodec;
import dev.quickbite.contract.events.EventEnvelope;
import dev.quickbite.contract.events.EventType;
import dev.quickbite.orders.application.CancelOrder;
import dev.quickbite.orders.application.ConfirmOrder;
import dev.quickbite.orders.application.CreateOrder;
import dev.quickbite.orders.domain.OrderRequest;
import dev.quickbite.orders.support.OrdersWorkerIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

@OrdersWorkerIntegrationTest
class OrderEventsReachKafkaIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    CreateOrder createOrder;
    @Autowired
    ConfirmOrder confirmOrder;
    @Autowired
    CancelOrder cancelOrder;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void an_orders_events_are_published_to_the_orders_topic_in_order_keyed_by_order_id() {
        OrderRequest request = aNewOrder();

        createOrder.create(request);
        confirmOrder.confirm(request.id());
        cancelOrder.cancel(request, CancelReason.DEADLINE_EXCEEDED);

        List<ConsumerRecord<String, byte[]>> records = recordsKeyed(request.id().value(), 3);
        List<EventEnvelope> events = records.stream().map(record -> CloudEventCodec.decode(record.value())).toList();
        assertThat(events).extracting(EventEnvelope::type).containsExactly(
                EventType.ORDER_CREATED, EventType.ORDER_CONFIRMED, EventType.ORDER_CANCELLED);
        assertThat(events).allSatisfy(event -> {
            assertThat(event.orderId()).isEqualTo(request.id().value());
            assertThat(event.source()).isEqualTo("/orders-worker");
        });
        assertThat(events).extracting(EventEnvelope::eventId).doesNotHaveDuplicates();
    }

    private List<ConsumerRecord<String, byte[]>> recordsKeyed(String key, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "orders-worker-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(Topics.ORDERS));
            Instant deadline = Instant.now().plus(PATIENCE);
            while (found.size() < expected && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(250)).forEach(record -> {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                });
            }
        }
        assertThat(found).as("records keyed %s on %s", key, Topics.ORDERS).hasSize(expected);
        return found;
    }
}
