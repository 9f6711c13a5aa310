package dev.quickbite.inventory.worker;

import static dev.quickbite.inventory.support.InventoryFixtures.newOrderId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quickbite.contract.JobType;
import dev.quickbite.contract.SagaError;
import dev.quickbite.contract.SagaVariables;
import dev.quickbite.contract.Service;
import dev.quickbite.inventory.domain.OrderId;
import dev.quickbite.inventory.domain.Sku;
import dev.quickbite.inventory.support.InventoryFixtures;
import dev.quickbite.inventory.support.InventoryIntegrationTest;
import dev.quickbite.zeebe.InvalidJobVariableException;
import dev.quickbite.zeebe.JobOutcome;
import dev.quickbite.zeebe.SagaJob;
import dev.quickbite.zeebe.SagaJobWorker;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class WorkersIT extends InventoryIntegrationTest {

    @Autowired
    List<SagaJobWorker> workers;
    @Autowired
    ReserveStockWorker reserveStockWorker;
    @Autowired
    ReleaseStockWorker releaseStockWorker;
    @Autowired
    InventoryFixtures db;

    @Test
    void theWorkersCoverExactlyTheJobTypesOwnedByTheInventoryWorker() {
        assertThat(workers).extracting(SagaJobWorker::jobType)
                .containsExactlyInAnyOrderElementsOf(JobType.ownedBy(Service.INVENTORY_WORKER));
    }

    @Test
    void reserveStockCompletesTheJobWhenStockIsHeld() {
        Sku sku = db.newSkuWith(3);
        OrderId order = newOrderId();

        JobOutcome outcome = reserveStockWorker.handle(job(order, sku.value(), 2));

        assertThat(outcome).isInstanceOf(JobOutcome.Complete.class);
        assertThat(db.availableOf(sku)).isEqualTo(1);
    }

    @Test
    void reserveStockThrowsInsufficientStockWhenThereIsNotEnough() {
        Sku sku = db.newSkuWith(1);

        JobOutcome outcome = reserveStockWorker.handle(job(newOrderId(), sku.value(), 2));

        assertThat(outcome).isInstanceOfSatisfying(JobOutcome.BpmnError.class,
                error -> assertThat(error.error()).isEqualTo(SagaError.INSUFFICIENT_STOCK));
    }

    @Test
    void reserveStockThrowsUnknownSkuForASkuNobodySells() {
        JobOutcome outcome = reserveStockWorker.handle(job(newOrderId(), InventoryFixtures.unknownSku().value(), 1));

        assertThat(outcome).isInstanceOfSatisfying(JobOutcome.BpmnError.class,
                error -> assertThat(error.error()).isEqualTo(SagaError.UNKNOWN_SKU));
    }

    @Test
    void reserveStockThrowsReservationReleasedWhenTheReleaseCameFirst() {
        Sku sku = db.newSkuWith(3);
        OrderId order = newOrderId();
        releaseStockWorker.handle(job(order, sku.value(), 2));

        JobOutcome outcome = reserveStockWorker.handle(job(order, sku.value(), 2));

        assertThat(outcome).isInstanceOfSatisfying(JobOutcome.BpmnError.class,
                error -> assertThat(error.error()).isEqualTo(SagaError.RESERVATION_RELEASED));
        assertThat(db.availableOf(sku)).isEqualTo(3);
    }

    @Test
    void releaseStockCompletesTheJobAndGivesTheUnitsBack() {
        Sku sku = db.newSkuWith(3);
        OrderId order = newOrderId();
        reserveStockWorker.handle(job(order, sku.value(), 2));

        JobOutcome outcome = releaseStockWorker.handle(job(order, sku.value(), 2));

        assertThat(outcome).isInstanceOf(JobOutcome.Complete.class);
        assertThat(db.availableOf(sku)).isEqualTo(3);
    }

    @Test
    void aJobWithoutQuantityFailsTechnicallyAndTouchesNothing() {
        Sku sku = db.newSkuWith(3);
        OrderId order = newOrderId();
        Map<String, Object> variables = new HashMap<>(job(order, sku.value(), 1).variables());
        variables.remove(SagaVariables.QUANTITY);

        assertThatThrownBy(() -> reserveStockWorker.handle(new SagaJob(1L, 3, variables)))
                .isInstanceOf(InvalidJobVariableException.class)
                .hasMessageContaining("'" + SagaVariables.QUANTITY + "' is required");
        assertThat(db.reservationStatusOf(order)).isEmpty();
    }

    @Test
    void aJobWithANonPositiveQuantityFailsTechnicallyAndTouchesNothing() {
        Sku sku = db.newSkuWith(3);
        OrderId order = newOrderId();

        assertThatThrownBy(() -> reserveStockWorker.handle(job(order, sku.value(), 0)))
                .isInstanceOf(InvalidJobVariableException.class)
                .hasMessage("job 1: variable 'quantity' is invalid: quantity must be a positive number, was 0");
        assertThat(db.availableOf(sku)).isEqualTo(3);
        assertThat(db.reservationStatusOf(order)).isEmpty();
    }

    private static SagaJob job(OrderId order, String sku, int quantity) {
        return new SagaJob(1L, 3, Map.of(
                SagaVariables.ORDER_ID, order.value(),
                SagaVariables.USER_ID, "user-1",
                SagaVariables.SKU, sku,
                SagaVariables.QUANTITY, quantity));
    }
}
