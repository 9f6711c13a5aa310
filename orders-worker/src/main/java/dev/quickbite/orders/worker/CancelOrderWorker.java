package dev.quickbite.orders.worker;

import dev.quickbite.contract.JobType;
import dev.quickbite.contract.SagaVariables;
import dev.quickbite.orders.application.CancelOrder;
import dev.quickbite.zeebe.JobOutcome;
import dev.quickbite.zeebe.SagaJob;
import dev.quickbite.zeebe.SagaJobWorker;
import org.springframework.stereotype.Component;

/** BPMN task "Cancel order": cancels with the reason the failing path left in {@code cancelReason}. */
@Component
public class CancelOrderWorker implements SagaJobWorker {

    /** Used when a path reaches the cancel task without naming a reason. */
    static final String UNSPECIFIED_REASON = "cancelled";

    private final CancelOrder cancelOrder;

    public CancelOrderWorker(CancelOrder cancelOrder) {
        this.cancelOrder = cancelOrder;
    }

    @Override
    public JobType jobType() {
        return JobType.CANCEL_ORDER;
    }

    @Override
    public JobOutcome handle(SagaJob job) {
        String reason = job.optionalString(SagaVariables.CANCEL_REASON).orElse(UNSPECIFIED_REASON);
        cancelOrder.cancel(OrderRequestVariables.read(job), reason);
        return JobOutcome.complete();
    }
}
