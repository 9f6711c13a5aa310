package dev.quickbite.inventory;

import static dev.quickbite.inventory.support.InventoryFixtures.newOrderId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quickbite.contract.Topics;
import dev.quickbite.contract.events.CloudEventCodec;
import dev.quickbite.contract.events.EventEnvelope;
import dev.quickbite.contract.events.InventoryRejected;
import dev.quickbite.contract.events.InventoryReserved;
import dev.quickbite.contract.events.StockReleased;
import dev.quickbite.inventory.domain.OrderId;
import dev.quickbite.inventory.domain.Quantity;
import dev.quickbite.inventory.domain.Sku;
import dev.quickbite.inventory.support.InventoryFixtures;
import dev.quickbite.inventory.support.InventoryIntegrationTest;
import dev.quickbite.inventory.usecase.ReleaseStock;
import dev.quickbite.inventory.usecase.ReserveStock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** The outbox rows our use cases write reach {@code inventory.v1}, keyed by order id. */
class OutboxPublishingIT extends InventoryIntegrationTest {

    @Autowired
    ReserveStock reserveStock;
    @Autowired
    ReleaseStock releaseStock;
    @Autowired
    InventoryFixtures db;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void aReservationAndItsReleaseArriveOnInventoryTopicInOrderKeyedByOrderId() {
        Sku sku = db.newSkuWith(5);
        OrderId order = newOrderId();

        reserveStock.reserve(order, sku, Quantity.of(2));
        releaseStock.release(order, sku);

        List<ConsumerRecord<String, byte[]>> records = recordsKeyedBy(order, 2);
        assertThat(records).allSatisfy(record -> assertThat(contentTypeOf(record)).isEqualTo(CloudEventCodec.CONTENT_TYPE));
        List<EventEnvelope> events = records.stream().map(record -> CloudEventCodec.decode(record.value())).toList();
        assertThat(events).extracting(EventEnvelope::data).containsExactly(
                new InventoryReserved(order.value(), sku.value(), 2),
                new StockReleased(order.value(), sku.value(), 2));
        assertThat(events).extracting(EventEnvelope::source).containsOnly(InventoryWorkerApplication.EVENT_SOURCE);
    }

    @Test
    void aRejectionArrivesWithItsReason() {
        Sku sku = db.newSkuWith(1);
        OrderId order = newOrderId();

        reserveStock.reserve(order, sku, Quantity.of(3));

        List<ConsumerRecord<String, byte[]>> records = recordsKeyedBy(order, 1);
        assertThat(CloudEventCodec.decode(records.getFirst().value()).data())
                .isEqualTo(new InventoryRejected(order.value(), sku.value(), 3, "insufficient stock"));
    }

    private List<ConsumerRecord<String, byte[]>> recordsKeyedBy(OrderId order, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "outbox-publishing-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.INVENTORY));
            Instant deadline = Instant.now().plusSeconds(30);
            while (found.size() < expected && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (order.value().equals(record.key())) {
                        found.add(record);
                    }
                }
            }
        }
        assertThat(found).as("records keyed by order %s on %s", order, Topics.INVENTORY).hasSize(expected);
        return found;
    }

    private static String contentTypeOf(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader("content-type");
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
