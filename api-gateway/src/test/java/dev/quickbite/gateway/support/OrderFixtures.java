package dev.quickbite.gateway.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Places orders through the API the way the mobile app does. */
public final class OrderFixtures {

    private OrderFixtures() {
    }

    public static String uniqueUser() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String orderJson(String userId, String sku, int quantity, String note) {
        return """
                {"userId":"%s","sku":"%s","quantity":%d,"note":%s}"""
                .formatted(userId, sku, quantity, note == null ? "null" : "\"" + note + "\"");
    }

    /** @return the new order's id */
    public static String placeOrder(MockMvc mvc, String userId) throws Exception {
        String body = mvc.perform(post("/v1/orders").contentType(MediaType.APPLICATION_JSON)
                        .content(orderJson(userId, "burger", 2, "no onions")))
                .andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }
}
