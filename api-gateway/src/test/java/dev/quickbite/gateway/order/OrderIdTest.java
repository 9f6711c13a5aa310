package dev.quickbite.gateway.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OrderIdTest {

    @Test
    void generatedIdsParseBackToThemselves() {
        OrderId id = OrderId.generate();

        assertThat(OrderId.parse(id.value())).contains(id);
    }

    @Test
    void upperCaseIsNormalised() {
        assertThat(OrderId.parse("3F1C2B9E-1111-4222-8333-944455556666"))
                .contains(new OrderId("3f1c2b9e-1111-4222-8333-944455556666"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"42", "not-an-id", "3f1c2b9e-1111-4222-8333-94445555666Z", "1-1-1-1-1"})
    void anythingElseIsNoOrderId(String text) {
        assertThat(OrderId.parse(text)).isEmpty();
    }
}
