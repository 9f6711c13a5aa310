package dev.quickbite.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.quickbite.contract.Topics;
import dev.quickbite.contract.events.CloudEventCodec;
import dev.quickbite.contract.events.EventEnvelope;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Kafka is down when events are written, and comes up later. */
@SpringBootTest(classes = OutboxTestApplication.class, properties = {
        "spring.liquibase.change-log=classpath:db/changelog/outbox.yaml",
        "quickbite.outbox.relay.enabled=false"})
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
class KafkaOutageTest {

    private static final String OUTAGE_WARNING = "Outbox relay cannot publish";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String url = TestPostgres.newDatabase("outbox_kafka_outage");
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    @Autowired
    private OutboxWriter writer;
    @Autowired
    private TransactionTemplate transaction;
    @Autowired
    private PlatformTransactionManager transactionManager;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void rowsWrittenWhileKafkaIsDownArePublishedOnceItIsUp(CapturedOutput output) throws Exception {
        // given a relay whose Kafka does not answer (its bootstrap address refuses connections)
        var kafka = new EmbeddedKafkaKraftBroker(1, 1, Topics.ORDERS);
        kafka.afterPropertiesSet();
        String[] broker = kafka.getBrokersAsString().split(",")[0].split(":");
        var kafkaAddress = new GatedTcpProxy(InetSocketAddress.createUnresolved(broker[0], Integer.parseInt(broker[1])));
        String bootstrap = kafkaAddress.address();
        var meterRegistry = new SimpleMeterRegistry();
        var settings = TestRelays.settings(50, Duration.ofMillis(20), Duration.ofSeconds(3), Duration.ofMillis(500));
        OutboxRelay relay = TestRelays.relay(dataSource, transactionManager, bootstrap, settings, meterRegistry);
        relay.start();
        try {
            // when events are written during the outage
            List<EventEnvelope> written = new ArrayList<>();
            String orderId = TestEvents.newOrderId();
            for (int i = 0; i < 5; i++) {
                EventEnvelope event = TestEvents.orderCreated(orderId);
                transaction.executeWithoutResult(status -> writer.append(event));
                written.add(event);
            }

            // then they wait in the outbox, and the outage is logged once, not once per attempt
            await().atMost(Duration.ofSeconds(30)).until(() -> countOccurrences(output.getOut(), OUTAGE_WARNING) == 1);
            Thread.sleep(3_000);
            assertThat(unpublished()).isEqualTo(5);
            assertThat(countOccurrences(output.getOut(), OUTAGE_WARNING)).isEqualTo(1);
            assertThat(meterRegistry.get(OutboxMetrics.BACKLOG).gauge().value()).isEqualTo(5);
            assertThat(meterRegistry.get(OutboxMetrics.OLDEST_AGE).gauge().value()).isGreaterThan(1);

            // when Kafka becomes reachable
            kafkaAddress.open();

            // then everything is published, in order as a deduplicating consumer sees it (a batch
            // that timed out on its acks may be sent twice: delivery is at least once)
            await().atMost(Duration.ofSeconds(60)).until(() -> unpublished() == 0);
            try (var reader = new TopicReader(bootstrap, Topics.ORDERS)) {
                List<ConsumerRecord<String, byte[]>> records = reader.read(r -> orderId.equals(r.key()), 5,
                        Duration.ofSeconds(30));
                List<EventEnvelope> firstDeliveries = records.stream()
                        .map(r -> CloudEventCodec.decode(r.value()))
                        .filter(firstTimeSeen())
                        .toList();
                assertThat(firstDeliveries).containsExactlyElementsOf(written);
            }
            assertThat(output.getOut()).contains("Outbox relay publishes again after");
        } finally {
            relay.stop();
            kafkaAddress.close();
            kafka.destroy();
        }
    }

    private static java.util.function.Predicate<EventEnvelope> firstTimeSeen() {
        var seen = new java.util.HashSet<String>();
        return event -> seen.add(event.eventId());
    }

    private int unpublished() {
        return jdbc.queryForObject("SELECT count(*) FROM outbox WHERE published_at IS NULL", Integer.class);
    }

    private static int countOccurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
