package dev.quickbite.orders.actuator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quickbite.orders.support.OrdersWorkerIntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Probes and metrics as Kubernetes and Prometheus see them; Zeebe is unreachable in these tests. */
@OrdersWorkerIntegrationTest
class ActuatorEndpointsIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void the_service_is_live_without_zeebe() throws Exception {
        HttpResponse<String> liveness = get("/actuator/health/liveness");

        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void readiness_needs_the_database_and_zeebe() throws Exception {
        HttpResponse<String> readiness = get("/actuator/health/readiness");

        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(readiness.body())
                .contains("\"db\":{\"status\":\"UP\"")
                .contains("\"zeebe\":{\"status\":\"DOWN\"");
    }

    @Test
    void prometheus_scrapes_metrics_tagged_with_the_application() throws Exception {
        HttpResponse<String> scrape = get("/actuator/prometheus");

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body())
                .contains("hikaricp_connections")
                .contains("application=\"orders-worker\"");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
