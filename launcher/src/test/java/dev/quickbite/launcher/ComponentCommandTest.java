package dev.quickbite.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ComponentCommandTest {

    private final StackConfig config = StackConfig.defaults()
            .withRepoRoot(Path.of("/repo"))
            .withDataDir(Path.of("/data"))
            .withPorts(new Ports(18080, 18081, 18082, 19090, 15432, 19092, 19093, 36500))
            .withInventorySeed(InventorySeed.parse("pizza=10,burger=5"))
            .withOrderDeadline(Duration.ofSeconds(30))
            .withJavaExecutable(Path.of("/jdk/bin/java"));

    @Test
    void theInfrastructureGetsItsDataDirectoryAndPorts() {
        assertThat(ComponentCommand.of(Component.INFRA, config)).containsExactly(
                "/jdk/bin/java", "-XX:+ExitOnOutOfMemoryError", "-jar", "/repo/embedded-infra/target/embedded-infra-exec.jar",
                "--data-dir", "/data", "--postgres-port", "15432", "--kafka-port", "19092", "--kafka-controller-port", "19093");
    }

    @Test
    void theEngineGetsItsGatewayPort() {
        assertThat(ComponentCommand.arguments(Component.ZEEBE, config)).containsExactly("--port", "36500");
    }

    @Test
    void theOrdersWorkerGetsItsOwnDatabaseAndTheSharedBrokerAndEngine() {
        assertThat(ComponentCommand.arguments(Component.ORDERS_WORKER, config)).containsExactly(
                "--server.port=18081",
                "--spring.datasource.url=jdbc:postgresql://localhost:15432/orders",
                "--spring.datasource.username=orders",
                "--spring.datasource.password=orders",
                "--spring.kafka.bootstrap-servers=localhost:19092",
                "--quickbite.zeebe.gateway-address=localhost:36500");
    }

    @Test
    void theInventoryWorkerAlsoGetsTheSeedAndItsGrpcPort() {
        assertThat(ComponentCommand.arguments(Component.INVENTORY_WORKER, config)).contains(
                "--server.port=18082",
                "--spring.datasource.url=jdbc:postgresql://localhost:15432/inventory",
                "--spring.datasource.username=inventory",
                "--quickbite.inventory.seed=burger=5,pizza=10",
                "--spring.grpc.server.port=19090");
    }

    @Test
    void theGatewayAlsoGetsTheOrderDeadline() {
        assertThat(ComponentCommand.arguments(Component.API_GATEWAY, config)).contains(
                "--server.port=18080",
                "--spring.datasource.url=jdbc:postgresql://localhost:15432/gateway",
                "--quickbite.orders.deadline=PT30S")
                .doesNotContain("--quickbite.inventory.seed=burger=5,pizza=10");
    }

    @Test
    void extraArgumentsComeLastSoTheyOverrideTheStacksOwn() {
        StackConfig withFault = config
                .withExtraArguments(Component.ORDERS_WORKER, "--quickbite.zeebe.fault.halt-after-handle=confirm-order")
                .withExtraArguments(Component.ORDERS_WORKER, "--server.port=28081");

        assertThat(ComponentCommand.of(Component.ORDERS_WORKER, withFault)).endsWith(
                "--quickbite.zeebe.fault.halt-after-handle=confirm-order", "--server.port=28081");
        assertThat(ComponentCommand.of(Component.INVENTORY_WORKER, withFault))
                .doesNotContain("--quickbite.zeebe.fault.halt-after-handle=confirm-order");
    }
}
