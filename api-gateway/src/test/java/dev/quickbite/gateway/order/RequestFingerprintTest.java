package dev.quickbite.gateway.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

    @Test
    void equalOrdersHaveEqualFingerprints() {
        assertThat(RequestFingerprint.of(new NewOrder("u1", "burger", 2, null)))
                .isEqualTo(RequestFingerprint.of(new NewOrder("u1", "burger", 2, null)))
                .hasSize(64);
    }

    @Test
    void anyDifferenceChangesTheFingerprint() {
        String original = RequestFingerprint.of(new NewOrder("u1", "burger", 2, "note"));

        assertThat(RequestFingerprint.of(new NewOrder("u2", "burger", 2, "note"))).isNotEqualTo(original);
        assertThat(RequestFingerprint.of(new NewOrder("u1", "pizza", 2, "note"))).isNotEqualTo(original);
        assertThat(RequestFingerprint.of(new NewOrder("u1", "burger", 3, "note"))).isNotEqualTo(original);
        assertThat(RequestFingerprint.of(new NewOrder("u1", "burger", 2, null))).isNotEqualTo(original);
        // Field boundaries count: no concatenation ambiguity.
        assertThat(RequestFingerprint.of(new NewOrder("u1b", "urger", 2, "note"))).isNotEqualTo(original);
    }
}
