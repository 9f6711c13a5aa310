package dev.quickbite.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.quickbite.contract.Topics;
import dev.quickbite.contract.events.CloudEventCodec;
import dev.quickbite.contract.events.EventEnvelope;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The auto-configured writer and relay against real PostgreSQL and a real (embedded KRaft) Kafka. */
@SpringBootTest(classes = OutboxTestApplication.class, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.liquibase.change-log=classpath:db/changelog/outbox.yaml",
        "quickbite.outbox.relay.poll-interval=20ms"})
@EmbeddedKafka(partitions = 3, topics = {Topics.ORDERS, Topics.INVENTORY})
@DirtiesContext
class OutboxPublishingTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String url = TestPostgres.newDatabase("outbox_publishing");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    @Autowired
    private OutboxWriter writer;
    @Autowired
    private TransactionTemplate transaction;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private MeterRegistry meterRegistry;
    @Value("${spring.embedded.kafka.brokers}")
    private String brokers;

    private TopicReader reader;

    @BeforeEach
    void subscribe() {
        reader = new TopicReader(brokers, Topics.ORDERS, Topics.INVENTORY);
    }

    @AfterEach
    void unsubscribe() {
        reader.close();
    }

    @Test
    void appendedEventsReachTheirTopicKeyedByOrderIdAndDecodeWithTheCodec() {
        // given
        String orderId = TestEvents.newOrderId();
        EventEnvelope created = TestEvents.orderCreated(orderId);
        EventEnvelope reserved = TestEvents.inventoryReserved(orderId);

        // when
        transaction.executeWithoutResult(status -> {
            writer.append(created);
            writer.append(reserved);
        });

        // then
        List<ConsumerRecord<String, byte[]>> records = reader.read(r -> orderId.equals(r.key()), 2, TIMEOUT);
        assertThat(records).hasSize(2);
        ConsumerRecord<String, byte[]> createdRecord = recordOn(records, Topics.ORDERS);
        ConsumerRecord<String, byte[]> reservedRecord = recordOn(records, Topics.INVENTORY);
        assertThat(CloudEventCodec.decode(createdRecord.value())).isEqualTo(created);
        assertThat(CloudEventCodec.decode(reservedRecord.value())).isEqualTo(reserved);
        assertThat(new String(createdRecord.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .isEqualTo("application/cloudevents+json");
        await().atMost(TIMEOUT).until(() -> unpublishedRowsOf(orderId) == 0);
    }

    @Test
    void appendOutsideATransactionFails() {
        String orderId = TestEvents.newOrderId();

        assertThatThrownBy(() -> writer.append(TestEvents.orderCreated(orderId)))
                .isInstanceOf(IllegalTransactionStateException.class);

        assertThat(rowsOf(orderId)).isZero();
    }

    @Test
    void aRolledBackTransactionPublishesNothing() {
        // given
        String rolledBack = TestEvents.newOrderId();
        String committedAfterwards = TestEvents.newOrderId();

        // when
        transaction.executeWithoutResult(status -> {
            writer.append(TestEvents.orderCreated(rolledBack));
            status.setRollbackOnly();
        });
        transaction.executeWithoutResult(status -> writer.append(TestEvents.orderCreated(committedAfterwards)));

        // then: the later event arrives, the rolled-back one never does
        List<ConsumerRecord<String, byte[]>> records = reader.read(
                r -> rolledBack.equals(r.key()) || committedAfterwards.equals(r.key()), 1, TIMEOUT);
        assertThat(records).extracting(ConsumerRecord::key).containsExactly(committedAfterwards);
        assertThat(rowsOf(rolledBack)).isZero();
    }

    @Test
    void appendingTheSameEventTwiceStoresAndPublishesItOnce() {
        String orderId = TestEvents.newOrderId();
        EventEnvelope created = TestEvents.orderCreated(orderId);

        transaction.executeWithoutResult(status -> writer.append(created));
        transaction.executeWithoutResult(status -> writer.append(created));

        assertThat(reader.read(r -> orderId.equals(r.key()), 1, TIMEOUT)).hasSize(1);
        assertThat(rowsOf(orderId)).isEqualTo(1);
    }

    @Test
    void anEventIdThatIsNotAUuidIsRejected() {
        var event = new EventEnvelope("not-a-uuid", "/orders-worker", Instant.now(),
                TestEvents.orderCreated(TestEvents.newOrderId()).data());

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> writer.append(event)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("event id must be a UUID, was 'not-a-uuid'");
    }

    @Test
    void metricsCountPublishedRowsAndTheirLagAndShowAnEmptyBacklog() {
        double publishedBefore = meterRegistry.get(OutboxMetrics.PUBLISHED).counter().count();
        long lagsBefore = meterRegistry.get(OutboxMetrics.LAG).timer().count();
        String orderId = TestEvents.newOrderId();

        transaction.executeWithoutResult(status -> {
            writer.append(TestEvents.orderCreated(orderId));
            writer.append(TestEvents.inventoryReserved(orderId));
        });

        await().atMost(TIMEOUT).untilAsserted(() -> {
            assertThat(meterRegistry.get(OutboxMetrics.PUBLISHED).counter().count()).isEqualTo(publishedBefore + 2);
            assertThat(meterRegistry.get(OutboxMetrics.LAG).timer().count()).isEqualTo(lagsBefore + 2);
            assertThat(meterRegistry.get(OutboxMetrics.BACKLOG).gauge().value()).isZero();
            assertThat(meterRegistry.get(OutboxMetrics.OLDEST_AGE).gauge().value()).isZero();
        });
    }

    @Test
    void theChangelogCreatesThePartialIndexForUnpublishedRows() {
        String definition = jdbc.queryForObject(
                "SELECT indexdef FROM pg_indexes WHERE indexname = 'outbox_unpublished_idx'", String.class);

        assertThat(definition).contains("(id)").contains("WHERE (published_at IS NULL)");
    }

    private static ConsumerRecord<String, byte[]> recordOn(List<ConsumerRecord<String, byte[]>> records, String topic) {
        return records.stream().filter(r -> r.topic().equals(topic)).findFirst().orElseThrow();
    }

    private int rowsOf(String orderId) {
        return jdbc.queryForObject("SELECT count(*) FROM outbox WHERE message_key = ?", Integer.class, orderId);
    }

    private int unpublishedRowsOf(String orderId) {
        return jdbc.queryForObject("SELECT count(*) FROM outbox WHERE message_key = ? AND published_at IS NULL",
                Integer.class, orderId);
    }

}
