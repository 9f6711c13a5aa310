package dev.quickbite.gateway.order;

import static dev.quickbite.gateway.support.OrderFixtures.placeOrder;
import static dev.quickbite.gateway.support.OrderFixtures.uniqueUser;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.quickbite.contract.CancelReason;
import dev.quickbite.contract.SagaMessage;
import dev.quickbite.gateway.support.GatewayIntegrationTest;
import dev.quickbite.gateway.support.TestInfrastructure;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.intent.MessageIntent;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class CancelOrderTest extends GatewayIntegrationTest {

    @Test
    void cancellingAPendingOrderPublishesTheCancellationMessageToItsSaga() throws Exception {
        String orderId = placeOrder(mvc, uniqueUser());

        mvc.perform(post("/v1/orders/" + orderId + "/cancel"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.id").value(orderId))
                .andExpect(jsonPath("$.status").value("PENDING"));

        eventually().until(() -> cancellationPublishedFor(orderId));
        eventually().until(() -> jdbc.sql("SELECT count(*) FROM saga_commands WHERE order_id = :id")
                .param("id", orderId).query(Long.class).single() == 0);
    }

    @Test
    void aConfirmedOrderCannotBeCancelled() throws Exception {
        String orderId = placeOrder(mvc, uniqueUser());
        finish(orderId, "CONFIRMED", null);

        mvc.perform(post("/v1/orders/" + orderId + "/cancel"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("order already confirmed"));
    }

    @Test
    void cancellingACancelledOrderIsHarmless() throws Exception {
        String orderId = placeOrder(mvc, uniqueUser());
        finish(orderId, "CANCELLED", CancelReason.CANCELLED_BY_USER);

        mvc.perform(post("/v1/orders/" + orderId + "/cancel"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.cancelReason").value(CancelReason.CANCELLED_BY_USER));
    }

    @Test
    void cancellingAnUnknownOrderIsNotFound() throws Exception {
        mvc.perform(post("/v1/orders/" + UUID.randomUUID() + "/cancel").contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound());
        mvc.perform(post("/v1/orders/nonsense/cancel")).andExpect(status().isNotFound());
    }

    private void finish(String orderId, String status, String reason) {
        jdbc.sql("UPDATE orders SET status = :s, cancel_reason = :r WHERE id = :id")
                .param("s", status).param("r", reason).param("id", orderId).update();
    }

    private static boolean cancellationPublishedFor(String orderId) {
        return StreamSupport.stream(RecordStream.of(TestInfrastructure.engine().getRecordStreamSource())
                        .messageRecords().spliterator(), false)
                .anyMatch(r -> r.getIntent() == MessageIntent.PUBLISHED
                        && r.getValue().getName().equals(SagaMessage.ORDER_CANCELLATION_REQUESTED.messageName())
                        && r.getValue().getCorrelationKey().equals(orderId));
    }
}
