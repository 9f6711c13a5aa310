package dev.quickbite.contract;

/** Messages the model correlates; the correlation key is always the order id. */
public enum SagaMessage {
    ORDER_CANCELLATION_REQUESTED("OrderCancellationRequested");

    private final String messageName;

    SagaMessage(String messageName) {
        this.messageName = messageName;
    }

    /** The name as written in the BPMN message definition. */
    public String messageName() {
        return messageName;
    }
}
