package dev.quickbite.embedded.infra;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command-line options of the infrastructure process:
 * {@code --data-dir DIR --postgres-port 5432 --kafka-port 9092 --kafka-controller-port 9093}.
 */
public record InfraOptions(Path dataDir, int postgresPort, int kafkaPort, int kafkaControllerPort) {

    public static final Path DEFAULT_DATA_DIR = Path.of(".quickbite", "data");
    public static final int DEFAULT_POSTGRES_PORT = 5432;
    public static final int DEFAULT_KAFKA_PORT = 9092;
    public static final int DEFAULT_KAFKA_CONTROLLER_PORT = 9093;

    public InfraOptions {
        dataDir = dataDir.toAbsolutePath().normalize();
        requirePort("--postgres-port", postgresPort);
        requirePort("--kafka-port", kafkaPort);
        requirePort("--kafka-controller-port", kafkaControllerPort);
        if (kafkaPort == kafkaControllerPort) {
            throw new IllegalArgumentException("--kafka-port and --kafka-controller-port must differ, both are " + kafkaPort);
        }
    }

    public Path postgresDir() {
        return dataDir.resolve("postgres");
    }

    public Path kafkaLogDir() {
        return dataDir.resolve("kafka");
    }

    public Path kafkaClusterIdFile() {
        return dataDir.resolve("kafka-cluster-id");
    }

    public static InfraOptions parse(String... args) {
        Path dataDir = DEFAULT_DATA_DIR;
        int postgresPort = DEFAULT_POSTGRES_PORT;
        int kafkaPort = DEFAULT_KAFKA_PORT;
        int controllerPort = DEFAULT_KAFKA_CONTROLLER_PORT;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String name = rest.removeFirst();
            switch (name) {
                case "--data-dir" -> dataDir = Path.of(valueOf(name, rest));
                case "--postgres-port" -> postgresPort = port(name, valueOf(name, rest));
                case "--kafka-port" -> kafkaPort = port(name, valueOf(name, rest));
                case "--kafka-controller-port" -> controllerPort = port(name, valueOf(name, rest));
                default -> throw new IllegalArgumentException("unknown option " + name + "; " + usage());
            }
        }
        return new InfraOptions(dataDir, postgresPort, kafkaPort, controllerPort);
    }

    public static String usage() {
        return "usage: embedded-infra [--data-dir DIR] [--postgres-port 5432] [--kafka-port 9092]"
                + " [--kafka-controller-port 9093]";
    }

    private static String valueOf(String name, List<String> rest) {
        if (rest.isEmpty() || rest.getFirst().startsWith("--")) {
            throw new IllegalArgumentException(name + " needs a value; " + usage());
        }
        return rest.removeFirst();
    }

    private static int port(String name, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number, was '" + value + "'");
        }
    }

    private static void requirePort(String name, int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(name + " must be between 1 and 65535, was " + port);
        }
    }
}
