package dev.quickbite.inventory.worker;

import dev.quickbite.contract.JobType;
import dev.quickbite.inventory.usecase.ReservationOutcome;
import dev.quickbite.inventory.usecase.ReserveStock;
import dev.quickbite.zeebe.JobOutcome;
import dev.quickbite.zeebe.SagaJob;
import dev.quickbite.zeebe.SagaJobWorker;
import org.springframework.stereotype.Component;

/** BPMN task "Reserve stock": a refusal becomes the BPMN error that cancels the order. */
@Component
public class ReserveStockWorker implements SagaJobWorker {

    private final ReserveStock reserveStock;

    public ReserveStockWorker(ReserveStock reserveStock) {
        this.reserveStock = reserveStock;
    }

    @Override
    public JobType jobType() {
        return JobType.RESERVE_STOCK;
    }

    @Override
    public JobOutcome handle(SagaJob job) {
        ReservationOutcome outcome = reserveStock.reserve(
                InventoryJobVariables.orderId(job),
                InventoryJobVariables.sku(job),
                InventoryJobVariables.quantity(job));
        return switch (outcome) {
            case ReservationOutcome.Reserved reserved -> JobOutcome.complete();
            case ReservationOutcome.Refused refused -> JobOutcome.bpmnError(refused.error(), refused.message());
        };
    }
}
