package dev.quickbite.gateway.order;

import static dev.quickbite.gateway.support.OrderFixtures.orderJson;
import static dev.quickbite.gateway.support.OrderFixtures.uniqueUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quickbite.gateway.support.GatewayIntegrationTest;
import dev.quickbite.gateway.support.OrderFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class DatabaseOutageTest extends GatewayIntegrationTest {

    @Test
    void withoutTheDatabaseOrdersAreRefusedWith503AndNothingIsStored() throws Exception {
        String user = uniqueUser();

        withPostgresDown(() -> mvc.perform(post("/v1/orders").header("Idempotency-Key", user)
                            .contentType(MediaType.APPLICATION_JSON).content(orderJson(user, "burger", 1, null)))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().exists("Retry-After"))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(503)));

        assertThat(jdbc.sql("SELECT count(*) FROM orders WHERE user_id = :u").param("u", user)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM idempotency_keys WHERE key = :u").param("u", user)
                .query(Long.class).single()).isZero();
        OrderFixtures.placeOrder(mvc, user);
    }
}
