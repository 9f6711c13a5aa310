package dev.quickbite.embedded.infra;

import dev.quickbite.contract.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates QuickBite's topics when they are missing, before any service starts producing. */
final class KafkaTopics {

    static final int PARTITIONS = 3;
    static final List<String> ALL = List.of(Topics.ORDERS, Topics.INVENTORY, Topics.ORDERS_DLQ, Topics.INVENTORY_DLQ);

    private static final Logger log = LoggerFactory.getLogger(KafkaTopics.class);
    private static final short REPLICATION_FACTOR = 1;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private KafkaTopics() {
    }

    static void ensureAll(String bootstrapServers) throws Exception {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        try (Admin admin = Admin.create(config)) {
            Set<String> existing = admin.listTopics().names().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            List<NewTopic> missing = ALL.stream()
                    .filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, PARTITIONS, REPLICATION_FACTOR))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                log.info("created topics {}", missing.stream().map(NewTopic::name).toList());
            }
        }
    }
}
