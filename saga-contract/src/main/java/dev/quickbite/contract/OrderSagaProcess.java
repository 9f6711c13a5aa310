package dev.quickbite.contract;

/** Identity of the order saga model. */
public final class OrderSagaProcess {
    /** The BPMN process id ({@code bpmn:process id}). */
    public static final String PROCESS_ID = "order-saga";
    /** Where the model lies on the classpath of the order-saga-bpmn artifact. */
    public static final String CLASSPATH_RESOURCE = "bpmn/order-saga.bpmn";

    private OrderSagaProcess() {
    }
}
