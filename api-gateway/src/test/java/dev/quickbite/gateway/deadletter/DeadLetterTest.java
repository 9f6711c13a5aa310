package dev.quickbite.gateway.deadletter;

import static dev.quickbite.gateway.support.OrderFixtures.placeOrder;
import static dev.quickbite.gateway.support.OrderFixtures.uniqueUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.quickbite.contract.Topics;
import dev.quickbite.contract.events.EventEnvelope;
import dev.quickbite.contract.events.OrderConfirmed;
import dev.quickbite.gateway.support.EventPublisher;
import dev.quickbite.gateway.support.GatewayIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;

class DeadLetterTest extends GatewayIntegrationTest {

    @Autowired
    private KafkaTemplate<String, byte[]> rawKafkaTemplate;
    @Autowired
    private DeadLetterTopics deadLetterTopics;
    @Autowired
    private DeadLetterDepth depth;
    private EventPublisher events;

    @BeforeEach
    void publisher() {
        events = new EventPublisher(rawKafkaTemplate);
    }

    @Test
    void poisonRecordsGoStraightToTheDeadLetterTopicAndTheConsumerMovesOn() throws Exception {
        String orderId = placeOrder(mvc, uniqueUser());
        String notJson = "not json " + UUID.randomUUID();
        String unknownType = """
                {"specversion":"1.0","id":"%s","source":"/x","type":"dev.quickbite.order.exploded.v1",
                 "time":"2026-01-01T00:00:00Z","datacontenttype":"application/json","data":{"orderId":"%s"}}"""
                .formatted(UUID.randomUUID(), orderId);
        String missingFields = """
                {"specversion":"1.0","id":"%s","source":"/x","type":"dev.quickbite.order.cancelled.v1",
                 "time":"2026-01-01T00:00:00Z","datacontenttype":"application/json","data":{"orderId":"%s"}}"""
                .formatted(UUID.randomUUID(), orderId);

        events.publishRaw(Topics.ORDERS, orderId, notJson);
        events.publishRaw(Topics.ORDERS, orderId, unknownType);
        events.publishRaw(Topics.ORDERS, orderId, missingFields);
        events.publish("/orders-worker", new OrderConfirmed(orderId));

        eventually().until(() -> statusOf(orderId).equals("CONFIRMED"));
        List<ConsumerRecord<String, byte[]>> deadLetters = eventually()
                .until(() -> deadLettersFor(orderId), found -> found.size() == 3);
        assertThat(deadLetters).extracting(r -> new String(r.value(), StandardCharsets.UTF_8))
                .containsExactly(notJson, unknownType, missingFields);
        for (ConsumerRecord<String, byte[]> deadLetter : deadLetters) {
            assertThat(header(deadLetter, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(Topics.ORDERS);
            assertThat(deadLetter.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET)).isNotNull();
            assertThat(deadLetter.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_PARTITION)).isNotNull();
            assertThat(header(deadLetter, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).isNotBlank();
            assertThat(header(deadLetter, "quickbite-attempts")).isEqualTo("1");
        }
        assertThat(header(deadLetters.get(1), KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("unknown event type");
    }

    @Test
    void adminsListAndDiscardDeadLetters() throws Exception {
        String key = "discard-" + UUID.randomUUID();
        events.publishRaw(Topics.INVENTORY, key, "garbage");
        Map<String, Object> listed = eventually().until(() -> listedWithKey(key), found -> found != null);
        assertThat(listed).containsEntry("originTopic", Topics.INVENTORY)
                .containsEntry("attempts", 1)
                .containsEntry("valuePreview", "garbage");
        @SuppressWarnings("unchecked")
        Map<String, Object> id = (Map<String, Object>) listed.get("id");
        assertThat(id).containsEntry("topic", Topics.INVENTORY_DLQ);
        String path = "/admin/dead-letters/%s/%s/%s".formatted(id.get("topic"), id.get("partition"), id.get("offset"));

        mvc.perform(post(path + "/discard").with(httpBasic(ADMIN_USER, ADMIN_PASSWORD)))
                .andExpect(status().isOk());

        assertThat(listedWithKey(key)).isNull();
        mvc.perform(post(path + "/discard").with(httpBasic(ADMIN_USER, ADMIN_PASSWORD)))
                .andExpect(status().isConflict());
        mvc.perform(post(path + "/replay").with(httpBasic(ADMIN_USER, ADMIN_PASSWORD)))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("""
                SELECT actor FROM dead_letter_actions WHERE dlq_topic = :t AND dlq_partition = :p AND dlq_offset = :o""")
                .param("t", id.get("topic")).param("p", id.get("partition")).param("o", ((Number) id.get("offset")).longValue())
                .query(String.class).single()).isEqualTo(ADMIN_USER);
    }

    /**
     * A good event that failed only because the database was down is retried, then dead-lettered
     * with its attempt count; once the database is back, an admin replays it and it takes effect.
     */
    @Test
    void anEventThatFailedWhileTheDatabaseWasDownIsAppliedWhenReplayed() throws Exception {
        String orderId = placeOrder(mvc, uniqueUser());
        EventEnvelope confirmed = EventEnvelope.of("/orders-worker", new OrderConfirmed(orderId));

        withPostgresDown(() -> {
            events.publish(confirmed);
            eventually().until(() -> deadLettersFor(orderId), found -> found.size() == 1);
        });
        ConsumerRecord<String, byte[]> deadLetter = deadLettersFor(orderId).getFirst();
        assertThat(header(deadLetter, "quickbite-attempts")).isEqualTo("3");
        assertThat(statusOf(orderId)).isEqualTo("PENDING");

        String path = "/admin/dead-letters/%s/%d/%d/replay".formatted(deadLetter.topic(), deadLetter.partition(),
                deadLetter.offset());
        eventually().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> mvc
                .perform(post(path).with(httpBasic(ADMIN_USER, ADMIN_PASSWORD)))
                .andReturn().getResponse().getStatus() == 200);

        eventually().until(() -> statusOf(orderId).equals("CONFIRMED"));
        assertThat(listedWithKey(orderId)).isNull();
    }

    @Test
    void replayAllRepublishesEveryOpenDeadLetterAndTheDepthGaugeDropsToZero() throws Exception {
        String key = "replay-all-" + UUID.randomUUID();
        events.publishRaw(Topics.ORDERS, key, "still garbage");
        eventually().until(() -> listedWithKey(key), found -> found != null);
        depth.refresh();
        assertThat(depth.of(Topics.ORDERS_DLQ) + depth.of(Topics.INVENTORY_DLQ)).isPositive();

        int openBefore = openDeadLetters();

        String body = mvc.perform(post("/admin/dead-letters/replay-all").with(httpBasic(ADMIN_USER, ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat((Integer) JsonPath.read(body, "$.replayed")).isEqualTo(openBefore);
        // The replayed garbage fails again and comes back as a new dead letter with its origin.
        eventually().until(() -> deadLettersWithKey(key).size() == 2);
        Map<String, Object> again = listedWithKey(key);
        assertThat(again).containsEntry("originTopic", Topics.ORDERS);
        depth.refresh();
        assertThat(depth.of(Topics.ORDERS_DLQ) + depth.of(Topics.INVENTORY_DLQ)).isEqualTo(openDeadLetters());
    }

    @Test
    void unknownDeadLettersAreNotFound() throws Exception {
        mvc.perform(post("/admin/dead-letters/orders.dlq.v1/0/999999/replay").with(httpBasic(ADMIN_USER, ADMIN_PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/dead-letters/orders.v1/0/0/discard").with(httpBasic(ADMIN_USER, ADMIN_PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theListNeedsAdminCredentials() throws Exception {
        mvc.perform(get("/admin/dead-letters")).andExpect(status().isUnauthorized());
        mvc.perform(get("/admin/dead-letters").with(httpBasic(ADMIN_USER, "wrong"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/admin/dead-letters").with(httpBasic(ADMIN_USER, ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isArray());
    }

    private Map<String, Object> listedWithKey(String key) throws Exception {
        String body = mvc.perform(get("/admin/dead-letters").param("limit", "1000")
                        .with(httpBasic(ADMIN_USER, ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> items = JsonPath.read(body, "$.items[?(@.key == '" + key + "')]");
        return items.isEmpty() ? null : items.getFirst();
    }

    private List<ConsumerRecord<String, byte[]>> deadLettersFor(String orderId) {
        return deadLettersWithKey(orderId);
    }

    private List<ConsumerRecord<String, byte[]>> deadLettersWithKey(String key) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        for (String topic : DeadLetterId.TOPICS) {
            deadLetterTopics.forEach(topic, record -> {
                if (key.equals(record.key())) {
                    found.add(record);
                }
            });
        }
        return found;
    }

    private String statusOf(String orderId) {
        return jdbc.sql("SELECT status FROM orders WHERE id = :id").param("id", orderId).query(String.class).single();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private int openDeadLetters() throws Exception {
        String body = mvc.perform(get("/admin/dead-letters").param("limit", "1000")
                        .with(httpBasic(ADMIN_USER, ADMIN_PASSWORD)))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.<List<Object>>read(body, "$.items").size();
    }
}
