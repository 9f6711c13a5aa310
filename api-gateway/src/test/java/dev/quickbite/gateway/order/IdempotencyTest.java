package dev.quickbite.gateway.order;

import static dev.quickbite.gateway.support.OrderFixtures.orderJson;
import static dev.quickbite.gateway.support.OrderFixtures.uniqueUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quickbite.gateway.support.GatewayIntegrationTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

class IdempotencyTest extends GatewayIntegrationTest {

    @Autowired
    private IdempotencyKeyRepository keys;

    @Test
    void theSameKeyAndBodyReturnTheSameOrderAndStartOneSaga() throws Exception {
        String user = uniqueUser();
        String key = UUID.randomUUID().toString();

        MockHttpServletResponse first = place(key, orderJson(user, "burger", 1, "extra cheese"));
        MockHttpServletResponse retry = place(key, """
                { "note": "extra cheese", "quantity": 1, "sku": "burger", "userId": "%s", "ignored": true }"""
                .formatted(user));

        assertThat(first.getStatus()).isEqualTo(202);
        assertThat(retry.getStatus()).isEqualTo(202);
        assertThat(retry.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(retry.getHeader("Location")).isEqualTo(first.getHeader("Location"));
        assertThat(ordersOf(user)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM saga_starts s JOIN orders o ON o.id = s.order_id WHERE o.user_id = :u")
                .param("u", user).query(Long.class).single()
                + jdbc.sql("SELECT count(*) FROM orders WHERE user_id = :u AND process_instance_key IS NOT NULL")
                .param("u", user).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRejectedWith422() throws Exception {
        String user = uniqueUser();
        String key = UUID.randomUUID().toString();
        place(key, orderJson(user, "burger", 1, null));

        mvc.perform(post("/v1/orders").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                        .content(orderJson(user, "burger", 2, null)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.status").value(422));

        assertThat(ordersOf(user)).isEqualTo(1);
    }

    @Test
    void anOverlongKeyIsABadRequestNamingTheHeader() throws Exception {
        mvc.perform(post("/v1/orders").header("Idempotency-Key", "k".repeat(129))
                        .contentType(MediaType.APPLICATION_JSON).content(orderJson(uniqueUser(), "burger", 1, null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
    }

    @Test
    void expiredKeysArePurgedAndMayBeUsedAgain() throws Exception {
        String user = uniqueUser();
        String key = UUID.randomUUID().toString();
        String firstId = com.jayway.jsonpath.JsonPath.read(place(key, orderJson(user, "burger", 1, null))
                .getContentAsString(), "$.id");
        jdbc.sql("UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE key = :k")
                .param("k", key).update();

        assertThat(keys.deleteOlderThan(Duration.ofHours(24))).isGreaterThanOrEqualTo(1);
        String secondId = com.jayway.jsonpath.JsonPath.read(place(key, orderJson(user, "burger", 2, null))
                .getContentAsString(), "$.id");

        assertThat(secondId).isNotEqualTo(firstId);
        assertThat(ordersOf(user)).isEqualTo(2);
    }

    private MockHttpServletResponse place(String key, String body) throws Exception {
        return mvc.perform(post("/v1/orders").header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn().getResponse();
    }

    private long ordersOf(String user) {
        return jdbc.sql("SELECT count(*) FROM orders WHERE user_id = :u").param("u", user).query(Long.class).single();
    }
}
