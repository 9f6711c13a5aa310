package dev.quickbite.inventory.worker;

import dev.quickbite.contract.JobType;
import dev.quickbite.inventory.usecase.ReleaseStock;
import dev.quickbite.zeebe.JobOutcome;
import dev.quickbite.zeebe.SagaJob;
import dev.quickbite.zeebe.SagaJobWorker;
import org.springframework.stereotype.Component;

/** BPMN compensation task "Release stock": always completes; releasing nothing is fine. */
@Component
public class ReleaseStockWorker implements SagaJobWorker {

    private final ReleaseStock releaseStock;

    public ReleaseStockWorker(ReleaseStock releaseStock) {
        this.releaseStock = releaseStock;
    }

    @Override
    public JobType jobType() {
        return JobType.RELEASE_STOCK;
    }

    @Override
    public JobOutcome handle(SagaJob job) {
        releaseStock.release(InventoryJobVariables.orderId(job), InventoryJobVariables.sku(job));
        return JobOutcome.complete();
    }
}
