package dev.quickbite.zeebe;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.Topology;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** Health component {@code zeebe}: UP when the gateway answers a topology request in time. */
public class ZeebeHealthIndicator implements HealthIndicator {

    private final ZeebeClient client;
    private final Duration timeout;

    public ZeebeHealthIndicator(ZeebeClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    @Override
    public Health health() {
        try {
            Topology topology = client.newTopologyRequest()
                    .requestTimeout(timeout)
                    .send()
                    .join(timeout.toMillis() + 500, TimeUnit.MILLISECONDS);
            return Health.up()
                    .withDetail("gatewayVersion", topology.getGatewayVersion())
                    .withDetail("clusterSize", topology.getClusterSize())
                    .withDetail("partitions", topology.getPartitionsCount())
                    .withDetail("brokers", topology.getBrokers().size())
                    .build();
        } catch (RuntimeException e) {
            return Health.down(e).build();
        }
    }
}
