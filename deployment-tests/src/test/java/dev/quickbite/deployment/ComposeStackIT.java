package dev.quickbite.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.ComposeContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * Starts compose/docker-compose.yml exactly as a developer would (images built from the root
 * Dockerfile) and places an order end to end. Needs a Docker engine with the compose plugin; run
 * with {@code ./mvnw -pl deployment-tests verify -Pcontainers}. Without Docker it is skipped,
 * with a warning in the log and the reason in the test report.
 */
// The own condition comes first so its log line is written before Testcontainers disables the class.
@EnabledIf(value = "dockerIsAvailable", disabledReason = "no Docker engine: the compose stack cannot start here")
@Testcontainers(disabledWithoutDocker = true)
@DisplayName("The compose stack starts and confirms an order")
class ComposeStackIT {

    private static final Logger LOG = Logger.getLogger(ComposeStackIT.class.getName());
    /** Host ports the compose file publishes; each gets a free one so nothing clashes with running servers. */
    private static final List<String> HOST_PORT_VARIABLES = List.of(
            "POSTGRES_HOST_PORT", "KAFKA_HOST_PORT", "CAMUNDA_GRPC_HOST_PORT", "CAMUNDA_HTTP_HOST_PORT",
            "CAMUNDA_MANAGEMENT_HOST_PORT", "API_GATEWAY_HOST_PORT", "ORDERS_WORKER_HOST_PORT",
            "INVENTORY_WORKER_HOST_PORT", "INVENTORY_GRPC_HOST_PORT");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static ComposeContainer stack;
    private static URI gateway;

    static boolean dockerIsAvailable() {
        boolean available = DockerClientFactory.instance().isDockerAvailable();
        if (!available) {
            LOG.warning("SKIPPED ComposeStackIT: no Docker engine reachable, so compose/docker-compose.yml is not started. "
                    + "The static checks (ComposeMatchesServicesTest, .ci/validate-deployment.sh) still ran.");
        }
        return available;
    }

    @BeforeAll
    static void startTheStack() throws IOException {
        Repository repository = Repository.current();
        Map<String, String> hostPorts = new LinkedHashMap<>();
        for (String variable : HOST_PORT_VARIABLES) {
            hostPorts.put(variable, String.valueOf(freePort()));
        }
        stack = new ComposeContainer(repository.resolve(ComposeFile.PATH).toFile())
                .withBuild(true)
                .withEnv(hostPorts)
                .withRemoveVolumes(true)
                .withStartupTimeout(Duration.ofMinutes(20))
                .waitingFor("api-gateway", Wait.forHealthcheck().withStartupTimeout(Duration.ofMinutes(20)))
                .waitingFor("orders-worker", Wait.forHealthcheck().withStartupTimeout(Duration.ofMinutes(20)))
                .waitingFor("inventory-worker", Wait.forHealthcheck().withStartupTimeout(Duration.ofMinutes(20)));
        stack.start();
        gateway = URI.create("http://localhost:" + hostPorts.get("API_GATEWAY_HOST_PORT"));
    }

    @AfterAll
    static void stopTheStack() {
        if (stack != null) {
            stack.stop();
        }
    }

    @Test
    void anOrderForStockedFoodIsConfirmed() throws Exception {
        HttpResponse<String> placed = HTTP.send(HttpRequest.newBuilder(gateway.resolve("/v1/orders"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"userId\":\"compose-it\",\"sku\":\"pizza\",\"quantity\":1,\"note\":\"from ComposeStackIT\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(202);
        String orderId = JSON.readTree(placed.body()).path("id").asText();

        String status = awaitFinalStatus(orderId, Duration.ofMinutes(2));

        assertThat(status).isEqualTo("CONFIRMED");
    }

    private static String awaitFinalStatus(String orderId, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        String status = "unknown";
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> order = HTTP.send(HttpRequest.newBuilder(gateway.resolve("/v1/orders/" + orderId)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = JSON.readTree(order.body());
            status = body.path("status").asText();
            if (status.equals("CONFIRMED") || status.equals("CANCELLED")) {
                return status;
            }
            Thread.sleep(1000);
        }
        return status;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
