package dev.quickbite.gateway.readmodel;

import static dev.quickbite.gateway.support.OrderFixtures.placeOrder;
import static dev.quickbite.gateway.support.OrderFixtures.uniqueUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quickbite.contract.CancelReason;
import dev.quickbite.contract.events.EventEnvelope;
import dev.quickbite.contract.events.EventType;
import dev.quickbite.contract.events.InventoryReserved;
import dev.quickbite.contract.events.OrderCancelled;
import dev.quickbite.contract.events.OrderConfirmed;
import dev.quickbite.contract.events.OrderCreated;
import dev.quickbite.gateway.support.EventPublisher;
import dev.quickbite.gateway.support.GatewayIntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

class ReadModelTest extends GatewayIntegrationTest {

    private static final String ORDERS_WORKER = "/orders-worker";
    private static final String INVENTORY_WORKER = "/inventory-worker";

    @Autowired
    private KafkaTemplate<String, byte[]> rawKafkaTemplate;
    private EventPublisher events;

    @BeforeEach
    void publisher() {
        events = new EventPublisher(rawKafkaTemplate);
    }

    @Test
    void orderConfirmedMovesThePendingOrderToConfirmed() throws Exception {
        String orderId = placeOrder(mvc, uniqueUser());

        events.publish(ORDERS_WORKER, new OrderConfirmed(orderId));

        eventually().until(() -> statusOf(orderId).equals("CONFIRMED"));
    }

    @Test
    void orderCancelledRecordsTheReason() throws Exception {
        String orderId = placeOrder(mvc, uniqueUser());

        events.publish(ORDERS_WORKER, new OrderCancelled(orderId, CancelReason.INSUFFICIENT_STOCK));

        eventually().until(() -> statusOf(orderId).equals("CANCELLED"));
        mvc.perform(get("/v1/orders/" + orderId))
                .andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.cancelReason").value(CancelReason.INSUFFICIENT_STOCK));
    }

    @Test
    void orderCreatedForAnOrderTheGatewayNeverSawInsertsIt() throws Exception {
        String orderId = UUID.randomUUID().toString();

        events.publish(ORDERS_WORKER, new OrderCreated(orderId, "u-elsewhere", "pizza", 3, null));

        eventually().until(() -> exists(orderId));
        mvc.perform(get("/v1/orders/" + orderId))
                .andExpect(jsonPath("$.userId").value("u-elsewhere"))
                .andExpect(jsonPath("$.quantity").value(3))
                .andExpect(jsonPath("$.status").value("PENDING"));
    }

    @Test
    void anEventDeliveredTwiceTakesEffectOnce() throws Exception {
        String orderId = placeOrder(mvc, uniqueUser());
        EventEnvelope reserved = EventEnvelope.of(INVENTORY_WORKER, new InventoryReserved(orderId, "burger", 2));

        events.publish(reserved);
        events.publish(reserved);
        events.publish(ORDERS_WORKER, new OrderConfirmed(orderId));

        eventually().until(() -> statusOf(orderId).equals("CONFIRMED"));
        assertThat(timelineSize(orderId)).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM processed_events WHERE event_id = :id")
                .param("id", reserved.eventId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aTerminalStatusIsNeverOverwritten() throws Exception {
        String orderId = placeOrder(mvc, uniqueUser());
        events.publish(ORDERS_WORKER, new OrderConfirmed(orderId));

        events.publish(ORDERS_WORKER, new OrderCreated(orderId, "someone", "burger", 2, null));
        events.publish(ORDERS_WORKER, new OrderCancelled(orderId, CancelReason.DEADLINE_EXCEEDED));

        eventually().until(() -> timelineSize(orderId) == 3);
        assertThat(statusOf(orderId)).isEqualTo("CONFIRMED");
        assertThat(jdbc.sql("SELECT coalesce(cancel_reason, '') FROM orders WHERE id = :id").param("id", orderId)
                .query(String.class).single()).isEmpty();
    }

    @Test
    void theTimelineListsEventsFromBothTopicsOldestFirst() throws Exception {
        String orderId = placeOrder(mvc, uniqueUser());
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        events.publish(new EventEnvelope(UUID.randomUUID().toString(), ORDERS_WORKER, start,
                new OrderCreated(orderId, "u", "burger", 2, "no onions")));
        events.publish(new EventEnvelope(UUID.randomUUID().toString(), INVENTORY_WORKER, start.plusMillis(5),
                new InventoryReserved(orderId, "burger", 2)));
        events.publish(new EventEnvelope(UUID.randomUUID().toString(), ORDERS_WORKER, start.plusMillis(9),
                new OrderConfirmed(orderId)));

        eventually().until(() -> timelineSize(orderId) == 3);
        mvc.perform(get("/v1/orders/" + orderId + "/timeline"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orderId").value(orderId))
                .andExpect(jsonPath("$.events", hasSize(3)))
                .andExpect(jsonPath("$.events[0].type").value(EventType.ORDER_CREATED.cloudEventType()))
                .andExpect(jsonPath("$.events[0].details.note").value("no onions"))
                .andExpect(jsonPath("$.events[1].type").value(EventType.INVENTORY_RESERVED.cloudEventType()))
                .andExpect(jsonPath("$.events[1].details.quantity").value(2))
                .andExpect(jsonPath("$.events[1].topic").value("inventory.v1"))
                .andExpect(jsonPath("$.events[2].type").value(EventType.ORDER_CONFIRMED.cloudEventType()))
                .andExpect(jsonPath("$.events[2].time").isNotEmpty());
    }

    @Test
    void theTimelineOfAnUnknownOrderIsNotFound() throws Exception {
        mvc.perform(get("/v1/orders/" + UUID.randomUUID() + "/timeline")).andExpect(status().isNotFound());
    }

    private String statusOf(String orderId) {
        return jdbc.sql("SELECT status FROM orders WHERE id = :id").param("id", orderId)
                .query(String.class).optional().orElse("MISSING");
    }

    private boolean exists(String orderId) {
        return !statusOf(orderId).equals("MISSING");
    }

    private long timelineSize(String orderId) {
        return jdbc.sql("SELECT count(*) FROM order_events WHERE order_id = :id").param("id", orderId)
                .query(Long.class).single();
    }
}
