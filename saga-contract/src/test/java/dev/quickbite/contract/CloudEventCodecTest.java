package dev.quickbite.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quickbite.contract.events.CloudEventCodec;
import dev.quickbite.contract.events.EventEnvelope;
import dev.quickbite.contract.events.EventType;
import dev.quickbite.contract.events.MalformedEventException;
import dev.quickbite.contract.events.OrderCancelled;
import dev.quickbite.contract.events.OrderCreated;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CloudEventCodecTest {

    @Test
    void anEncodedEventDecodesToTheSameEnvelope() {
        EventEnvelope sent = EventEnvelope.of("/orders-worker",
                new OrderCreated("o-1", "u1", "burger", 2, "no onions"));

        EventEnvelope received = CloudEventCodec.decode(CloudEventCodec.encode(sent));

        assertThat(received).isEqualTo(sent);
        assertThat(received.type()).isEqualTo(EventType.ORDER_CREATED);
    }

    @Test
    void theWireFormatIsAStructuredCloudEventWithTheOrderAsSubject() {
        String json = new String(CloudEventCodec.encode(
                EventEnvelope.of("/orders-worker", new OrderCancelled("o-2", "unknown sku"))), StandardCharsets.UTF_8);

        assertThat(json).contains("\"specversion\":\"1.0\"", "\"type\":\"dev.quickbite.order.cancelled.v1\"",
                "\"subject\":\"o-2\"", "\"reason\":\"unknown sku\"");
    }

    @Test
    void notJsonIsMalformed() {
        assertThatThrownBy(() -> CloudEventCodec.decode("{oops".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void anUnknownTypeIsMalformed() {
        String json = """
                {"specversion":"1.0","id":"e1","source":"/x","type":"dev.quickbite.pizza.baked.v1",
                 "time":"2026-01-01T00:00:00Z","datacontenttype":"application/json","data":{"orderId":"o"}}""";
        assertThatThrownBy(() -> CloudEventCodec.decode(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("unknown event type");
    }

    @Test
    void missingFieldsAreMalformed() {
        String json = """
                {"specversion":"1.0","id":"e1","source":"/x","type":"dev.quickbite.order.created.v1",
                 "time":"2026-01-01T00:00:00Z","datacontenttype":"application/json","data":{"orderId":"o"}}""";
        assertThatThrownBy(() -> CloudEventCodec.decode(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void everySagaErrorIsThrownByAJobOfTheService() {
        for (SagaError error : SagaError.values()) {
            assertThat(JobType.ownedBy(error.thrownBy().owner())).contains(error.thrownBy());
        }
    }
}
