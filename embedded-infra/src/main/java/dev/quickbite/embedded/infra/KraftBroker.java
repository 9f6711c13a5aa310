package dev.quickbite.embedded.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Kafka (broker and KRaft controller in this JVM) whose log directory survives
 * restarts: the storage is formatted once with a cluster id kept in the data directory.
 */
final class KraftBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KraftBroker.class);
    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final KafkaRaftServer server;
    private final int port;

    private KraftBroker(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
    }

    static KraftBroker start(InfraOptions options) throws Exception {
        Files.createDirectories(options.kafkaLogDir());
        KafkaConfig config = new KafkaConfig(properties(options), false);
        formatStorageOnce(options, clusterId(options.kafkaClusterIdFile()));
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        log.info("Kafka is up on port {} with logs in {}", options.kafkaPort(), options.kafkaLogDir());
        return new KraftBroker(server, options.kafkaPort());
    }

    String bootstrapServers() {
        return "localhost:" + port;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        log.info("Kafka stopped");
    }

    static Properties properties(InfraOptions options) {
        Properties properties = new Properties();
        properties.setProperty("process.roles", "broker,controller");
        properties.setProperty("node.id", Integer.toString(NODE_ID));
        properties.setProperty("controller.quorum.voters", NODE_ID + "@localhost:" + options.kafkaControllerPort());
        properties.setProperty("controller.listener.names", CONTROLLER_LISTENER);
        properties.setProperty("listeners", "PLAINTEXT://localhost:" + options.kafkaPort()
                + "," + CONTROLLER_LISTENER + "://localhost:" + options.kafkaControllerPort());
        properties.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + options.kafkaPort());
        properties.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        properties.setProperty("inter.broker.listener.name", "PLAINTEXT");
        properties.setProperty("log.dirs", options.kafkaLogDir().toString());
        properties.setProperty("num.partitions", Integer.toString(KafkaTopics.PARTITIONS));
        properties.setProperty("auto.create.topics.enable", "true");
        // A single node cannot hold more than one replica of the internal topics.
        properties.setProperty("offsets.topic.replication.factor", "1");
        properties.setProperty("offsets.topic.num.partitions", "5");
        properties.setProperty("transaction.state.log.replication.factor", "1");
        properties.setProperty("transaction.state.log.min.isr", "1");
        properties.setProperty("transaction.state.log.num.partitions", "5");
        properties.setProperty("share.coordinator.state.topic.replication.factor", "1");
        properties.setProperty("share.coordinator.state.topic.min.isr", "1");
        properties.setProperty("default.replication.factor", "1");
        properties.setProperty("min.insync.replicas", "1");
        // Consumers of a freshly started stack should not wait for a rebalance that has no peers.
        properties.setProperty("group.initial.rebalance.delay.ms", "0");
        return properties;
    }

    private static String clusterId(Path clusterIdFile) throws IOException {
        if (Files.isRegularFile(clusterIdFile)) {
            return Files.readString(clusterIdFile).trim();
        }
        String clusterId = Uuid.randomUuid().toString();
        Files.writeString(clusterIdFile, clusterId + System.lineSeparator());
        return clusterId;
    }

    private static void formatStorageOnce(InfraOptions options, String clusterId) throws Exception {
        String logDir = options.kafkaLogDir().toString();
        new Formatter()
                .setClusterId(clusterId)
                .setNodeId(NODE_ID)
                .setControllerListenerName(CONTROLLER_LISTENER)
                .addDirectory(logDir)
                .setMetadataLogDirectory(logDir)
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                // An already formatted directory keeps its data: this is what makes topics persist.
                .setIgnoreFormatted(true)
                .setPrintStream(new LoggingPrintStream(log))
                .run();
    }
}
