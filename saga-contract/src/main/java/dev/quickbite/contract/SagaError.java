package dev.quickbite.contract;

/**
 * BPMN error codes thrown by workers. Each is a business outcome, not a technical failure, and
 * must be caught by an error boundary event on the task of the job type that throws it.
 */
public enum SagaError {
    INSUFFICIENT_STOCK(JobType.RESERVE_STOCK, CancelReason.INSUFFICIENT_STOCK),
    UNKNOWN_SKU(JobType.RESERVE_STOCK, CancelReason.UNKNOWN_SKU),
    /** Reserve arrived after the order's stock was already released (late or duplicate saga). */
    RESERVATION_RELEASED(JobType.RESERVE_STOCK, CancelReason.RESERVATION_RELEASED),
    CONFIRM_REFUSED(JobType.CONFIRM_ORDER, CancelReason.CONFIRM_REFUSED);

    private final JobType thrownBy;
    private final String cancelReason;

    SagaError(JobType thrownBy, String cancelReason) {
        this.thrownBy = thrownBy;
        this.cancelReason = cancelReason;
    }

    /** The error code as written in the BPMN error definition. */
    public String code() {
        return name();
    }

    public JobType thrownBy() {
        return thrownBy;
    }

    /** The reason the order ends with when this error cancels it. */
    public String cancelReason() {
        return cancelReason;
    }
}
