package dev.quickbite.inventory.domain;

import dev.quickbite.contract.SagaError;
import java.util.Arrays;

/** Why a reservation was rejected; the text is what the reservation row and the event carry. */
public enum RejectionReason {
    UNKNOWN_SKU(SagaError.UNKNOWN_SKU),
    INSUFFICIENT_STOCK(SagaError.INSUFFICIENT_STOCK);

    private final SagaError sagaError;

    RejectionReason(SagaError sagaError) {
        this.sagaError = sagaError;
    }

    public SagaError sagaError() {
        return sagaError;
    }

    /** e.g. {@code insufficient stock}: the same words the cancelled order ends with. */
    public String text() {
        return sagaError.cancelReason();
    }

    public static RejectionReason fromText(String text) {
        return Arrays.stream(values())
                .filter(reason -> reason.text().equals(text))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown rejection reason: " + text));
    }
}
