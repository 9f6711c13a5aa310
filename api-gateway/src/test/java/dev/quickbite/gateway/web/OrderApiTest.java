package dev.quickbite.gateway.web;

import static dev.quickbite.gateway.support.OrderFixtures.orderJson;
import static dev.quickbite.gateway.support.OrderFixtures.placeOrder;
import static dev.quickbite.gateway.support.OrderFixtures.uniqueUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quickbite.gateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

class OrderApiTest extends GatewayIntegrationTest {

    @Test
    void acceptedOrderIsStoredPendingAndReadable() throws Exception {
        String user = uniqueUser();

        String id = placeOrder(mvc, user);

        mvc.perform(get("/v1/orders/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.userId").value(user))
                .andExpect(jsonPath("$.sku").value("burger"))
                .andExpect(jsonPath("$.quantity").value(2))
                .andExpect(jsonPath("$.note").value("no onions"))
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.cancelReason").value(nullValue()))
                .andExpect(jsonPath("$.createdAt").isNotEmpty())
                .andExpect(jsonPath("$.updatedAt").isNotEmpty());
    }

    @Test
    void acceptanceAnswers202WithLocationAndPendingStatus() throws Exception {
        mvc.perform(post("/v1/orders").contentType(MediaType.APPLICATION_JSON)
                        .content(orderJson(uniqueUser(), "pizza", 1, null)))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", matchesPattern("/v1/orders/[0-9a-f-]{36}")))
                .andExpect(jsonPath("$.id").isNotEmpty())
                .andExpect(jsonPath("$.status").value("PENDING"));
    }

    @Test
    void unknownFieldsAreIgnored() throws Exception {
        mvc.perform(post("/v1/orders").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"userId":"%s","sku":"burger","quantity":1,"coupon":"FREE"}""".formatted(uniqueUser())))
                .andExpect(status().isAccepted());
    }

    @ParameterizedTest(name = "{0} -> problem names {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"sku\":\"burger\",\"quantity\":1}                              | userId",
            "{\"userId\":\"  \",\"sku\":\"burger\",\"quantity\":1}             | userId",
            "{\"userId\":\"u1\",\"quantity\":1}                                | sku",
            "{\"userId\":\"u1\",\"sku\":\"bur ger!\",\"quantity\":1}           | sku",
            "{\"userId\":\"u1\",\"sku\":\"burger\"}                            | quantity",
            "{\"userId\":\"u1\",\"sku\":\"burger\",\"quantity\":0}             | quantity",
            "{\"userId\":\"u1\",\"sku\":\"burger\",\"quantity\":101}           | quantity",
            "{\"userId\":\"u1\",\"sku\":\"burger\",\"quantity\":\"many\"}      | quantity",
            "{\"userId\":\"u1\",\"sku\":\"burger\",\"quantity\":1.5}           | quantity",
            "{\"userId\":\"u1\",\"sku\":\"burger\",\"quantity\":\"5\"}         | quantity",
            "{\"userId\":5,\"sku\":\"burger\",\"quantity\":1}                  | userId",
            "{\"userId\":\"u1\",\"sku\":\"burger\",\"quantity\":1,\"note\":7}  | note",
            "{\"userId\":\"u1\",\"sku\":\"burger\",                            | body",
            "[1,2]                                                             | body"})
    void invalidOrdersAreRejectedWithAProblemNamingTheField(String body, String field) throws Exception {
        long ordersBefore = orderCount();

        postOrder(body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value(containsString(field)))
                .andExpect(jsonPath("$.errors[0].field").value(field));

        assertThat(orderCount()).isEqualTo(ordersBefore);
    }

    @Test
    void tooLongValuesAreRejected() throws Exception {
        postOrder(orderJson("u".repeat(65), "s".repeat(65), 1, "n".repeat(501)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[0].field").value("note"))
                .andExpect(jsonPath("$.errors[1].field").value("sku"))
                .andExpect(jsonPath("$.errors[2].field").value("userId"));
    }

    @Test
    void missingBodyIsAProblem() throws Exception {
        mvc.perform(post("/v1/orders").contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
    }

    @Test
    void unknownOrMalformedIdsAreNotFound() throws Exception {
        mvc.perform(get("/v1/orders/3f1c2b9e-1111-4222-8333-944455556666"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/v1/orders/not-an-id"))
                .andExpect(status().isNotFound());
    }

    @Test
    void listShowsAUsersOrdersNewestFirstInPages() throws Exception {
        String user = uniqueUser();
        String first = placeOrder(mvc, user);
        String second = placeOrder(mvc, user);
        String third = placeOrder(mvc, user);
        placeOrder(mvc, uniqueUser());

        mvc.perform(get("/v1/orders").param("userId", user).param("page", "0").param("size", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.items[0].id").value(third))
                .andExpect(jsonPath("$.items[1].id").value(second))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.totalPages").value(2));
        mvc.perform(get("/v1/orders").param("userId", user).param("page", "1").param("size", "2"))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].id").value(first));
    }

    @Test
    void listNeedsAUserAndASaneSize() throws Exception {
        mvc.perform(get("/v1/orders"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("userId"));
        mvc.perform(get("/v1/orders").param("userId", "u1").param("size", "101"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/v1/orders").param("userId", "u1").param("size", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/v1/orders").param("userId", "u1").param("page", "first"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    private ResultActions postOrder(String body) throws Exception {
        return mvc.perform(post("/v1/orders").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long orderCount() {
        return jdbc.sql("SELECT count(*) FROM orders").query(Long.class).single();
    }
}
