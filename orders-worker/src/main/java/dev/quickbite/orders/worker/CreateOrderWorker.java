package dev.quickbite.orders.worker;

import dev.quickbite.contract.JobType;
import dev.quickbite.orders.application.CreateOrder;
import dev.quickbite.zeebe.JobOutcome;
import dev.quickbite.zeebe.SagaJob;
import dev.quickbite.zeebe.SagaJobWorker;
import org.springframework.stereotype.Component;

/** BPMN task "Create order": stores the order PENDING. */
@Component
public class CreateOrderWorker implements SagaJobWorker {

    private final CreateOrder createOrder;

    public CreateOrderWorker(CreateOrder createOrder) {
        this.createOrder = createOrder;
    }

    @Override
    public JobType jobType() {
        return JobType.CREATE_ORDER;
    }

    @Override
    public JobOutcome handle(SagaJob job) {
        createOrder.create(OrderRequestVariables.read(job));
        return JobOutcome.complete();
    }
}
