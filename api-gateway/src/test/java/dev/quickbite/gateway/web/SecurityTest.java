package dev.quickbite.gateway.web;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quickbite.gateway.support.GatewayIntegrationTest;
import dev.quickbite.gateway.support.OrderFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class SecurityTest extends GatewayIntegrationTest {

    @Test
    void adminEndpointsWithoutCredentialsAnswer401Problems() throws Exception {
        mvc.perform(get("/admin/dead-letters"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Basic")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(post("/admin/dead-letters/replay-all")).andExpect(status().isUnauthorized());
    }

    @Test
    void publicEndpointsIgnoreCredentialsEvenWrongOnes() throws Exception {
        mvc.perform(post("/v1/orders").with(httpBasic("mallory", "nope"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(OrderFixtures.orderJson(OrderFixtures.uniqueUser(), "burger", 1, null)))
                .andExpect(status().isAccepted());
        mvc.perform(get("/v1/orders").param("userId", "u1").with(httpBasic("mallory", "nope")))
                .andExpect(status().isOk());
        mvc.perform(get("/actuator/health/liveness").with(httpBasic("mallory", "nope")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void readinessCoversDatabaseKafkaAndEngine() throws Exception {
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.kafka.status").value("UP"))
                .andExpect(jsonPath("$.components.zeebe.status").value("UP"));
    }

    @Test
    void prometheusExposesTheGatewayMetrics() throws Exception {
        OrderFixtures.placeOrder(mvc, OrderFixtures.uniqueUser());

        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("quickbite_orders_accepted_total")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("quickbite_orders{")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("quickbite_dlq_depth{")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("quickbite_reconciler_actions_total{")));
    }
}
