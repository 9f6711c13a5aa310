package dev.quickbite.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ComponentTest {

    @Test
    void eachComponentRunsTheExecJarOfItsModule() {
        Path repo = Path.of("/repo");

        assertThat(Component.INFRA.jar(repo)).isEqualTo(Path.of("/repo/embedded-infra/target/embedded-infra-exec.jar"));
        assertThat(Component.ZEEBE.jar(repo)).isEqualTo(Path.of("/repo/embedded-zeebe/target/embedded-zeebe-exec.jar"));
        assertThat(Component.ORDERS_WORKER.jar(repo)).isEqualTo(Path.of("/repo/orders-worker/target/orders-worker-exec.jar"));
        assertThat(Component.INVENTORY_WORKER.jar(repo))
                .isEqualTo(Path.of("/repo/inventory-worker/target/inventory-worker-exec.jar"));
        assertThat(Component.API_GATEWAY.jar(repo)).isEqualTo(Path.of("/repo/api-gateway/target/api-gateway-exec.jar"));
    }

    @Test
    void eachComponentLogsToItsOwnFileUnderTheDataDirectory() {
        Path data = Path.of("/data");

        assertThat(Component.INFRA.logFile(data)).isEqualTo(Path.of("/data/logs/infra.log"));
        assertThat(Component.ZEEBE.logFile(data)).isEqualTo(Path.of("/data/logs/zeebe.log"));
        assertThat(Component.API_GATEWAY.logFile(data)).isEqualTo(Path.of("/data/logs/api-gateway.log"));
    }

    @Test
    void aReadyLineCountsOnlyForTheComponentItNames() {
        String infraReady = "QUICKBITE-READY embedded-infra postgres=5432 kafka=9092";
        String zeebeReady = "QUICKBITE-READY embedded-zeebe port=26500";

        assertThat(Component.INFRA.isReadyLine(infraReady)).isTrue();
        assertThat(Component.ZEEBE.isReadyLine(zeebeReady)).isTrue();
        assertThat(Component.INFRA.isReadyLine(zeebeReady)).isFalse();
        assertThat(Component.ZEEBE.isReadyLine(infraReady)).isFalse();
    }

    @Test
    void aLogLineThatOnlyMentionsTheMarkerIsNoReadyLine() {
        assertThat(Component.INFRA.isReadyLine("07:33:23 INFO printing QUICKBITE-READY embedded-infra soon")).isFalse();
        assertThat(Component.INFRA.isReadyLine("QUICKBITE-READY embedded-infrastructure x=1")).isFalse();
        assertThat(Component.API_GATEWAY.isReadyLine("QUICKBITE-READY api-gateway port=8080"))
                .as("services signal readiness over HTTP").isFalse();
    }

    @Test
    void onlyTheInfrastructureHasADaemonisedProcessToSignalToo() {
        Path data = Path.of("/data");

        assertThat(Component.INFRA.detachedProcessPidFile(data)).contains(Path.of("/data/postgres/postmaster.pid"));
        assertThat(Component.ZEEBE.detachedProcessPidFile(data)).isEmpty();
        assertThat(Component.ORDERS_WORKER.detachedProcessPidFile(data)).isEmpty();
    }
}
