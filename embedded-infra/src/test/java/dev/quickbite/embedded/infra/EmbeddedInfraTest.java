package dev.quickbite.embedded.infra;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quickbite.contract.Topics;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedInfraTest {

    @TempDir
    Path dataDir;

    @Test
    void serviceDatabasesTopicsAndDataSurviveARestartOnTheSameDataDirectory() throws Exception {
        InfraOptions options = new InfraOptions(dataDir, freePort(), freePort(), freePort());

        try (EmbeddedInfra infra = EmbeddedInfra.start(options)) {
            for (ServiceDatabase database : ServiceDatabase.values()) {
                try (Connection connection = connect(options, database)) {
                    execute(connection, "create table marker (service text primary key)");
                    execute(connection, "insert into marker values ('" + database.databaseName() + "')");
                }
            }
            assertThat(topicPartitions(options)).containsEntry(Topics.ORDERS, 3).containsEntry(Topics.INVENTORY, 3)
                    .containsEntry(Topics.ORDERS_DLQ, 3).containsEntry(Topics.INVENTORY_DLQ, 3);
            produce(options, Topics.ORDERS, "order-1", "created");
            assertThat(consumeAll(options, Topics.ORDERS, "first-run")).containsExactly("order-1=created");
        }

        try (EmbeddedInfra infra = EmbeddedInfra.start(options)) {
            for (ServiceDatabase database : ServiceDatabase.values()) {
                try (Connection connection = connect(options, database)) {
                    assertThat(singleValue(connection, "select service from marker")).isEqualTo(database.databaseName());
                }
            }
            assertThat(consumeAll(options, Topics.ORDERS, "second-run")).containsExactly("order-1=created");
        }
    }

    @Test
    void theReadyLineNamesBothPorts() {
        InfraOptions options = new InfraOptions(dataDir, 15432, 19092, 19093);

        assertThat(EmbeddedInfraApplication.readyLine(options))
                .isEqualTo("QUICKBITE-READY embedded-infra postgres=15432 kafka=19092");
    }

    private static Connection connect(InfraOptions options, ServiceDatabase database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(options.postgresPort(), database.databaseName()),
                database.user(), database.password());
    }

    private static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String singleValue(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            assertThat(result.next()).isTrue();
            return result.getString(1);
        }
    }

    private static Map<String, Integer> topicPartitions(InfraOptions options) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap(options)))) {
            Map<String, TopicDescription> topics = admin.describeTopics(Set.copyOf(KafkaTopics.ALL)).allTopicNames().get();
            Map<String, Integer> partitions = new java.util.HashMap<>();
            topics.forEach((name, description) -> partitions.put(name, description.partitions().size()));
            return partitions;
        }
    }

    private static void produce(InfraOptions options, String topic, String key, String value) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(options),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    private static List<String> consumeAll(InfraOptions options, String topic, String group) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(options),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<String> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    records.add(record.key() + "=" + record.value());
                }
            }
        }
        return records;
    }

    private static String bootstrap(InfraOptions options) {
        return "localhost:" + options.kafkaPort();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
