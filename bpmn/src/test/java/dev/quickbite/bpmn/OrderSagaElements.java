package dev.quickbite.bpmn;

/** Element ids of order-saga.bpmn that the process tests observe. */
final class OrderSagaElements {
    static final String CREATE_ORDER = "Task_CreateOrder";
    static final String RESERVE_STOCK = "Task_ReserveStock";
    static final String RELEASE_STOCK_COMPENSATION = "Task_ReleaseStock";
    static final String CONFIRM_ORDER = "Task_ConfirmOrder";
    static final String ORDER_CONFIRMED = "EndEvent_OrderConfirmed";

    static final String CANCEL_ORDER_STOCK_REJECTED = "Task_CancelOrderStockRejected";
    static final String ORDER_CANCELLED_STOCK_REJECTED = "EndEvent_OrderCancelledStockRejected";

    static final String RELEASE_RESERVED_STOCK = "Event_ReleaseReservedStock";
    static final String CANCEL_ORDER_CONFIRM_REFUSED = "Task_CancelOrderConfirmRefused";
    static final String ORDER_CANCELLED_CONFIRM_REFUSED = "EndEvent_OrderCancelledConfirmRefused";

    static final String CANCELLATION_REQUESTED = "SubProcess_CancellationRequested";
    static final String RELEASE_STOCK_ON_CANCELLATION = "Task_ReleaseStockOnCancellation";
    static final String CANCEL_ORDER_ON_CANCELLATION = "Task_CancelOrderOnCancellation";
    static final String ORDER_CANCELLED_BY_USER = "EndEvent_OrderCancelledByUser";

    static final String DEADLINE_EXCEEDED = "SubProcess_DeadlineExceeded";
    static final String RELEASE_STOCK_ON_DEADLINE = "Task_ReleaseStockOnDeadline";
    static final String CANCEL_ORDER_ON_DEADLINE = "Task_CancelOrderOnDeadline";
    static final String ORDER_CANCELLED_ON_DEADLINE = "EndEvent_OrderCancelledOnDeadline";

    private OrderSagaElements() {
    }
}
