package dev.quickbite.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void freePortsAreEightDistinctPortsNoneOfThemADefault() {
        Ports ports = Ports.free();

        List<Integer> all = List.of(ports.gateway(), ports.orders(), ports.inventory(), ports.inventoryGrpc(),
                ports.postgres(), ports.kafka(), ports.kafkaController(), ports.zeebe());
        assertThat(all).doesNotHaveDuplicates().doesNotContain(8080, 5432, 9092, 26500);
    }

    @Test
    void eachServiceHasItsHttpPort() {
        Ports ports = Ports.defaults();

        assertThat(ports.httpPort(Component.API_GATEWAY)).isEqualTo(8080);
        assertThat(ports.httpPort(Component.ORDERS_WORKER)).isEqualTo(8081);
        assertThat(ports.httpPort(Component.INVENTORY_WORKER)).isEqualTo(8082);
        assertThatThrownBy(() -> ports.httpPort(Component.INFRA)).hasMessageContaining("no HTTP port");
    }

    @Test
    void eachComponentKnowsThePortsItListensOn() {
        Ports ports = Ports.defaults();

        assertThat(ports.listenedBy(Component.INFRA)).containsExactlyInAnyOrder(5432, 9092, 9093);
        assertThat(ports.listenedBy(Component.INVENTORY_WORKER)).containsExactlyInAnyOrder(8082, 9090);
    }

    @Test
    void portsMustBeValidAndDistinct() {
        assertThatThrownBy(() -> new Ports(8080, 8080, 8082, 9090, 5432, 9092, 9093, 26500)).hasMessageContaining("distinct");
        assertThatThrownBy(() -> new Ports(0, 8081, 8082, 9090, 5432, 9092, 9093, 26500)).hasMessageContaining("between");
    }
}
