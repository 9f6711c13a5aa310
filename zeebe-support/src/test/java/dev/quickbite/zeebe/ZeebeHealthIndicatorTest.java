package dev.quickbite.zeebe;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

@ZeebeProcessTest
class ZeebeHealthIndicatorTest {

    private ZeebeTestEngine engine;
    private ZeebeClient client;

    @Test
    void upWithTheTopologyWhenTheGatewayAnswers() {
        Health health = new ZeebeHealthIndicator(client, Duration.ofSeconds(2)).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsKeys("gatewayVersion", "brokers");
    }

    @Test
    void downWithTheErrorWhenNoGatewayListens() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (ZeebeClient unreachable = ZeebeClient.newClientBuilder()
                .applyEnvironmentVariableOverrides(false)
                .grpcAddress(java.net.URI.create("http://localhost:" + closedPort))
                .usePlaintext()
                .build()) {

            Health health = new ZeebeHealthIndicator(unreachable, Duration.ofMillis(500)).health();

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsKey("error");
        }
    }
}
