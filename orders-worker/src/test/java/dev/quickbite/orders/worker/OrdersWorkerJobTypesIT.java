package dev.quickbite.orders.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quickbite.contract.JobType;
import dev.quickbite.contract.Service;
import dev.quickbite.orders.support.OrdersWorkerIntegrationTest;
import dev.quickbite.zeebe.SagaJobWorker;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The contract: this service works exactly the job types the saga assigns to it, once each. */
@OrdersWorkerIntegrationTest
class OrdersWorkerJobTypesIT {

    @Autowired
    List<SagaJobWorker> workers;

    @Test
    void the_workers_cover_every_job_type_owned_by_the_orders_worker_exactly_once() {
        List<JobType> served = workers.stream().map(SagaJobWorker::jobType).toList();

        assertThat(served)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(JobType.ownedBy(Service.ORDERS_WORKER));
    }
}
