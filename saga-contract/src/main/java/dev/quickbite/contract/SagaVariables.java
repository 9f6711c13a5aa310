package dev.quickbite.contract;

/** Process variable names of the {@code order-saga} model. */
public final class SagaVariables {
    public static final String ORDER_ID = "orderId";
    public static final String USER_ID = "userId";
    public static final String SKU = "sku";
    public static final String QUANTITY = "quantity";
    public static final String NOTE = "note";
    /** Set by the path that cancels the order; read by the cancel-order worker. */
    public static final String CANCEL_REASON = "cancelReason";
    /** ISO-8601 duration after which an unfinished saga cancels and compensates, e.g. PT5M. */
    public static final String ORDER_DEADLINE = "orderDeadline";

    private SagaVariables() {
    }
}
