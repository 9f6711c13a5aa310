package dev.quickbite.launcher;

import java.util.ArrayList;
import java.util.List;

/**
 * The command line that runs one component against the others: every address a service needs
 * is passed as a Spring command-line argument, which wins over its application.yaml.
 */
final class ComponentCommand {

    /** An OutOfMemoryError must end the process visibly instead of leaving a half-working one. */
    private static final List<String> JVM_OPTIONS = List.of("-XX:+ExitOnOutOfMemoryError");

    private ComponentCommand() {
    }

    static List<String> of(Component component, StackConfig config) {
        List<String> command = new ArrayList<>();
        command.add(config.javaExecutable().toString());
        command.addAll(JVM_OPTIONS);
        command.add("-jar");
        command.add(component.jar(config.repoRoot()).toString());
        command.addAll(arguments(component, config));
        command.addAll(config.extraArguments(component));
        return command;
    }

    static List<String> arguments(Component component, StackConfig config) {
        Ports ports = config.ports();
        return switch (component) {
            case INFRA -> List.of(
                    "--data-dir", config.dataDir().toString(),
                    "--postgres-port", Integer.toString(ports.postgres()),
                    "--kafka-port", Integer.toString(ports.kafka()),
                    "--kafka-controller-port", Integer.toString(ports.kafkaController()));
            case ZEEBE -> List.of("--port", Integer.toString(ports.zeebe()));
            case ORDERS_WORKER -> serviceArguments(component, "orders", config);
            case INVENTORY_WORKER -> {
                List<String> arguments = new ArrayList<>(serviceArguments(component, "inventory", config));
                arguments.add("--quickbite.inventory.seed=" + config.inventorySeed().asProperty());
                arguments.add("--spring.grpc.server.port=" + ports.inventoryGrpc());
                yield arguments;
            }
            case API_GATEWAY -> {
                List<String> arguments = new ArrayList<>(serviceArguments(component, "gateway", config));
                arguments.add("--quickbite.orders.deadline=" + config.orderDeadline());
                yield arguments;
            }
        };
    }

    /** Database, user and password share the name (local-only defaults, docs/conventions.md). */
    private static List<String> serviceArguments(Component service, String database, StackConfig config) {
        Ports ports = config.ports();
        return List.of(
                "--server.port=" + ports.httpPort(service),
                "--spring.datasource.url=jdbc:postgresql://localhost:" + ports.postgres() + "/" + database,
                "--spring.datasource.username=" + database,
                "--spring.datasource.password=" + database,
                "--spring.kafka.bootstrap-servers=localhost:" + ports.kafka(),
                "--quickbite.zeebe.gateway-address=localhost:" + ports.zeebe());
    }
}
