package dev.quickbite.orders.worker;

import dev.quickbite.contract.JobType;
import dev.quickbite.contract.SagaError;
import dev.quickbite.orders.application.ConfirmOrder;
import dev.quickbite.orders.domain.OrderId;
import dev.quickbite.zeebe.JobOutcome;
import dev.quickbite.zeebe.SagaJob;
import dev.quickbite.zeebe.SagaJobWorker;
import org.springframework.stereotype.Component;

/** BPMN task "Confirm order": confirms, or refuses with a BPMN error once the order is cancelled. */
@Component
public class ConfirmOrderWorker implements SagaJobWorker {

    private final ConfirmOrder confirmOrder;

    public ConfirmOrderWorker(ConfirmOrder confirmOrder) {
        this.confirmOrder = confirmOrder;
    }

    @Override
    public JobType jobType() {
        return JobType.CONFIRM_ORDER;
    }

    @Override
    public JobOutcome handle(SagaJob job) {
        OrderId id = OrderId.of(job.orderId());
        return switch (confirmOrder.confirm(id)) {
            case CONFIRMED, ALREADY_CONFIRMED -> JobOutcome.complete();
            case REFUSED -> JobOutcome.bpmnError(SagaError.CONFIRM_REFUSED,
                    "order " + id + " is already cancelled and can no longer be confirmed");
        };
    }
}
