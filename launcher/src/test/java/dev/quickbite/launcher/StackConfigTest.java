package dev.quickbite.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StackConfigTest {

    @Test
    void defaultsFollowTheConventions() {
        StackConfig config = StackConfig.defaults();

        assertThat(config.ports()).isEqualTo(new Ports(8080, 8081, 8082, 9090, 5432, 9092, 9093, 26500));
        assertThat(config.inventorySeed().asProperty()).isEqualTo("burger=5,pizza=10");
        assertThat(config.orderDeadline()).isEqualTo(Duration.ofMinutes(2));
        assertThat(config.readyTimeout()).isEqualTo(Duration.ofSeconds(180));
        assertThat(config.componentsInStartOrder()).containsExactly(Component.INFRA, Component.ZEEBE,
                Component.ORDERS_WORKER, Component.INVENTORY_WORKER, Component.API_GATEWAY);
        assertThat(config.javaExecutable()).isEqualTo(Path.of(System.getProperty("java.home"), "bin", "java"));
        assertThat(config.dataDir()).isEqualTo(config.repoRoot().resolve(".quickbite/data"));
        assertThat(config.baseUrl()).isEqualTo("http://localhost:8080");
    }

    @Test
    void theRepositoryRootComesFromTheQuickbiteHomeProperty() {
        String before = System.getProperty("quickbite.home");
        System.setProperty("quickbite.home", "/opt/quickbite");
        try {
            StackConfig config = StackConfig.defaults();

            assertThat(config.repoRoot()).isEqualTo(Path.of("/opt/quickbite"));
            assertThat(config.dataDir()).isEqualTo(Path.of("/opt/quickbite/.quickbite/data"));
        } finally {
            if (before == null) {
                System.clearProperty("quickbite.home");
            } else {
                System.setProperty("quickbite.home", before);
            }
        }
    }

    @Test
    void withersReturnAChangedCopyAndLeaveTheOriginalAlone() {
        StackConfig original = StackConfig.defaults();

        StackConfig changed = original.withDataDir(Path.of("/tmp/qb")).withComponents(Component.ZEEBE, Component.INFRA)
                .withExtraArguments(Component.ZEEBE, "--watchdog-failures", "2");

        assertThat(changed.dataDir()).isEqualTo(Path.of("/tmp/qb"));
        assertThat(changed.logDir()).isEqualTo(Path.of("/tmp/qb/logs"));
        assertThat(changed.componentsInStartOrder()).containsExactly(Component.INFRA, Component.ZEEBE);
        assertThat(changed.extraArguments(Component.ZEEBE)).containsExactly("--watchdog-failures", "2");
        assertThat(original.componentsInStartOrder()).hasSize(5);
        assertThat(original.extraArguments(Component.ZEEBE)).isEmpty();
    }

    @Test
    void nonsensicalDurationsAreRejected() {
        assertThatThrownBy(() -> StackConfig.defaults().withOrderDeadline(Duration.ZERO)).hasMessageContaining("deadline");
        assertThatThrownBy(() -> StackConfig.defaults().withReadyTimeout(Duration.ofSeconds(-1))).hasMessageContaining("timeout");
    }
}
