package dev.quickbite.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.quickbite.contract.Topics;
import dev.quickbite.contract.events.CloudEventCodec;
import dev.quickbite.contract.events.EventEnvelope;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Several relay instances on one database, as when a service runs several pods. */
@SpringBootTest(classes = OutboxTestApplication.class, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.liquibase.change-log=classpath:db/changelog/outbox.yaml",
        "quickbite.outbox.relay.enabled=false"})
@EmbeddedKafka(partitions = 3, topics = {Topics.ORDERS, Topics.INVENTORY})
@DirtiesContext
class ConcurrentRelaysTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String url = TestPostgres.newDatabase("outbox_concurrent_relays");
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
    @Value("${spring.embedded.kafka.brokers}")
    private String brokers;

    @Test
    void twoRelaysAtOncePublishEveryRowExactlyOnceAndInOrderPerOrder() throws Exception {
        // given two running relays with small batches, so they contend many times
        var settings = TestRelays.settings(7, Duration.ofMillis(5), Duration.ofSeconds(10), Duration.ofSeconds(1));
        OutboxRelay first = TestRelays.relay(dataSource, transactionManager, brokers, settings, new SimpleMeterRegistry());
        OutboxRelay second = TestRelays.relay(dataSource, transactionManager, brokers, settings, new SimpleMeterRegistry());
        first.start();
        second.start();
        Map<String, List<String>> writtenByOrder = new LinkedHashMap<>();
        try (var reader = new TopicReader(brokers, Topics.ORDERS)) {

            // when 4 writers append 10 events to each of 24 orders, one transaction per event
            ExecutorService writers = Executors.newFixedThreadPool(4);
            List<String> orderIds = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                String orderId = TestEvents.newOrderId();
                orderIds.add(orderId);
                writtenByOrder.put(orderId, java.util.Collections.synchronizedList(new ArrayList<>()));
            }
            CountDownLatch done = new CountDownLatch(orderIds.size());
            for (String orderId : orderIds) {
                writers.submit(() -> {
                    for (int event = 0; event < 10; event++) {
                        EventEnvelope envelope = TestEvents.orderCreated(orderId);
                        transaction.executeWithoutResult(status -> writer.append(envelope));
                        writtenByOrder.get(orderId).add(envelope.eventId());
                    }
                    done.countDown();
                });
            }
            assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
            writers.shutdown();

            // then every event arrives exactly once, and each order's events in the order written
            List<ConsumerRecord<String, byte[]>> records =
                    reader.read(r -> writtenByOrder.containsKey(r.key()), 240, TIMEOUT);
            Map<String, List<String>> receivedByOrder = records.stream().collect(Collectors.groupingBy(
                    ConsumerRecord::key, LinkedHashMap::new,
                    Collectors.mapping(r -> CloudEventCodec.decode(r.value()).eventId(), Collectors.toList())));
            assertThat(records).hasSize(240);
            assertThat(receivedByOrder).containsExactlyInAnyOrderEntriesOf(writtenByOrder);
            await().atMost(TIMEOUT).until(() -> jdbc.queryForObject(
                    "SELECT count(*) FROM outbox WHERE published_at IS NULL", Integer.class) == 0);
        } finally {
            first.stop();
            second.stop();
        }
    }

    @Test
    void aRelayDoesNotPublishWhileAnotherHoldsTheRelayLock() throws Exception {
        // given a pending row and another relay's transaction holding the lock
        var settings = TestRelays.settings(50, Duration.ofMillis(50), Duration.ofSeconds(10), Duration.ofSeconds(1));
        OutboxRelay relay = TestRelays.relay(dataSource, transactionManager, brokers, settings, new SimpleMeterRegistry());
        String orderId = TestEvents.newOrderId();
        transaction.executeWithoutResult(status -> writer.append(TestEvents.orderCreated(orderId)));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread otherRelay = Thread.ofPlatform().start(() -> transaction.executeWithoutResult(status -> {
            jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)::text", String.class, OutboxRepository.RELAY_LOCK_KEY);
            locked.countDown();
            awaitQuietly(release);
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

        // when / then: nothing is published while the lock is held, everything once it is released
        assertThat(relay.relayOnce()).isZero();
        release.countDown();
        otherRelay.join();
        assertThat(relay.relayOnce()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT published_at IS NOT NULL FROM outbox WHERE message_key = ?",
                Boolean.class, orderId)).isTrue();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
