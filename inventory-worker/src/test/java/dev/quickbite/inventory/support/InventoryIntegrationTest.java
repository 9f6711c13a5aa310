package dev.quickbite.inventory.support;

import dev.quickbite.contract.Topics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application against real servers: embedded PostgreSQL, an embedded KRaft Kafka
 * broker, and a Zeebe gateway address where nothing listens (the app must run without an
 * engine). Subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 1, topics = Topics.INVENTORY,
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
public abstract class InventoryIntegrationTest {

    private static final String DATABASE_URL = EmbeddedPostgresServer.newDatabase("inventory");
    private static final int NO_ZEEBE_HERE = FreePort.find();

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE_URL);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        registry.add("quickbite.zeebe.gateway-address", () -> "127.0.0.1:" + NO_ZEEBE_HERE);
    }
}
