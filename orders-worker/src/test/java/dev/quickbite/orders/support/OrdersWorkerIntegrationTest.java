package dev.quickbite.orders.support;

import dev.quickbite.contract.Topics;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole service against real infrastructure: embedded PostgreSQL, an embedded KRaft Kafka
 * broker, and no Zeebe engine. Every test class with this annotation shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 1, topics = Topics.ORDERS, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@ContextConfiguration(initializers = {EmbeddedPostgresInitializer.class, UnreachableZeebeInitializer.class})
@Import(OutboxEvents.class)
public @interface OrdersWorkerIntegrationTest {
}
