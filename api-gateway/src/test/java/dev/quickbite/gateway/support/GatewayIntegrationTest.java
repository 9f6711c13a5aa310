package dev.quickbite.gateway.support;

import dev.quickbite.contract.Topics;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of the integration tests: the whole gateway against real PostgreSQL, a real Kafka broker
 * and the real Zeebe engine. Every subclass shares this one Spring context (same configuration),
 * so the suite starts the application once.
 */
@SpringBootTest(properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.datasource.username=postgres",
        "spring.datasource.password=postgres",
        "spring.datasource.hikari.connection-timeout=1000",
        "quickbite.gateway.kafka.retry.max-attempts=3",
        "quickbite.gateway.kafka.retry.initial-interval=100ms",
        "quickbite.gateway.kafka.retry.max-interval=200ms",
        "quickbite.gateway.relay.request-timeout=PT3S",
        "quickbite.gateway.relay.backoff-max=PT1S",
        "quickbite.gateway.reconciler.interval=PT1H",
        "quickbite.gateway.reconciler.grace=PT20M",
        "quickbite.gateway.admin.username=ops",
        "quickbite.gateway.admin.password=s3cret",
        "server.shutdown=immediate"})
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 1,
        topics = {Topics.ORDERS, Topics.INVENTORY, Topics.ORDERS_DLQ, Topics.INVENTORY_DLQ})
public abstract class GatewayIntegrationTest {

    protected static final String ADMIN_USER = "ops";
    protected static final String ADMIN_PASSWORD = "s3cret";

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcClient jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.ensureStarted();
        registry.add("spring.datasource.url", TestInfrastructure::jdbcUrl);
        registry.add("quickbite.zeebe.gateway-address", TestInfrastructure::zeebeAddress);
    }

    /** Runs {@code whileDown} with PostgreSQL stopped, then waits until the gateway's pool reconnects. */
    protected void withPostgresDown(ThrowingRunnable whileDown) throws Exception {
        TestInfrastructure.stopPostgres();
        try {
            whileDown.run();
        } finally {
            TestInfrastructure.startPostgres();
        }
        eventually().ignoreExceptions().until(() -> jdbc.sql("SELECT 1").query(Integer.class).single() == 1);
    }

    @FunctionalInterface
    protected interface ThrowingRunnable {
        void run() throws Exception;
    }

    protected static ConditionFactory eventually() {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100));
    }
}
