package dev.quickbite.inventory.usecase;

import static dev.quickbite.inventory.support.InventoryFixtures.newOrderId;
import static dev.quickbite.inventory.support.InventoryFixtures.unknownSku;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quickbite.contract.SagaError;
import dev.quickbite.contract.events.EventType;
import dev.quickbite.inventory.domain.OrderId;
import dev.quickbite.inventory.domain.Quantity;
import dev.quickbite.inventory.domain.Sku;
import dev.quickbite.inventory.support.InventoryFixtures;
import dev.quickbite.inventory.support.InventoryIntegrationTest;
import dev.quickbite.inventory.usecase.ReservationOutcome.Refused;
import dev.quickbite.inventory.usecase.ReservationOutcome.Reserved;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReserveStockIT extends InventoryIntegrationTest {

    private static final String RESERVED = EventType.INVENTORY_RESERVED.cloudEventType();
    private static final String REJECTED = EventType.INVENTORY_REJECTED.cloudEventType();

    @Autowired
    ReserveStock reserveStock;
    @Autowired
    ReleaseStock releaseStock;
    @Autowired
    InventoryFixtures db;

    @Test
    void reservingTakesTheUnitsOutOfStockAndPublishesInventoryReserved() {
        Sku sku = db.newSkuWith(5);
        OrderId order = newOrderId();

        ReservationOutcome outcome = reserveStock.reserve(order, sku, Quantity.of(2));

        assertThat(outcome).isInstanceOf(Reserved.class);
        assertThat(db.availableOf(sku)).isEqualTo(3);
        assertThat(db.reservationStatusOf(order)).contains("RESERVED");
        assertThat(db.reservedQuantityOf(order)).isEqualTo(2);
        assertThat(db.outboxEventTypesOf(order)).containsExactly(RESERVED);
    }

    @Test
    void reservingTheWholeStockIsAllowed() {
        Sku sku = db.newSkuWith(5);
        OrderId order = newOrderId();

        assertThat(reserveStock.reserve(order, sku, Quantity.of(5))).isInstanceOf(Reserved.class);

        assertThat(db.availableOf(sku)).isZero();
    }

    @Test
    void aRepeatedReserveSucceedsWithoutTakingStockOrPublishingAgain() {
        Sku sku = db.newSkuWith(5);
        OrderId order = newOrderId();
        reserveStock.reserve(order, sku, Quantity.of(2));

        ReservationOutcome repeat = reserveStock.reserve(order, sku, Quantity.of(2));

        assertThat(repeat).isInstanceOf(Reserved.class);
        assertThat(db.availableOf(sku)).isEqualTo(3);
        assertThat(db.outboxEventTypesOf(order)).containsExactly(RESERVED);
    }

    @Test
    void anUnknownSkuIsRejectedWithUnknownSku() {
        Sku sku = unknownSku();
        OrderId order = newOrderId();

        ReservationOutcome outcome = reserveStock.reserve(order, sku, Quantity.of(1));

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.error()).isEqualTo(SagaError.UNKNOWN_SKU);
            assertThat(refused.message()).contains(sku.value());
        });
        assertThat(db.reservationStatusOf(order)).contains("REJECTED");
        assertThat(db.outboxEventTypesOf(order)).containsExactly(REJECTED);
    }

    @Test
    void moreThanAvailableIsRejectedWithInsufficientStockAndLeavesStockAlone() {
        Sku sku = db.newSkuWith(5);
        OrderId order = newOrderId();

        ReservationOutcome outcome = reserveStock.reserve(order, sku, Quantity.of(6));

        assertThat(outcome).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.error()).isEqualTo(SagaError.INSUFFICIENT_STOCK);
            assertThat(refused.message()).contains("6 requested", "5 available");
        });
        assertThat(db.availableOf(sku)).isEqualTo(5);
        assertThat(db.reservationStatusOf(order)).contains("REJECTED");
        assertThat(db.outboxEventTypesOf(order)).containsExactly(REJECTED);
    }

    @Test
    void aRepeatedReserveOfARejectedOrderIsRejectedAgainEvenIfStockArrivedMeanwhile() {
        Sku sku = db.newSkuWith(1);
        OrderId order = newOrderId();
        reserveStock.reserve(order, sku, Quantity.of(3));
        db.setAvailable(sku, 10);

        ReservationOutcome repeat = reserveStock.reserve(order, sku, Quantity.of(3));

        assertThat(repeat).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.error()).isEqualTo(SagaError.INSUFFICIENT_STOCK));
        assertThat(db.availableOf(sku)).isEqualTo(10);
        assertThat(db.outboxEventTypesOf(order)).containsExactly(REJECTED);
    }

    @Test
    void aReserveAfterTheOrderWasReleasedIsRefusedAndHoldsNothing() {
        Sku sku = db.newSkuWith(5);
        OrderId order = newOrderId();
        reserveStock.reserve(order, sku, Quantity.of(2));
        releaseStock.release(order, sku);

        ReservationOutcome late = reserveStock.reserve(order, sku, Quantity.of(2));

        assertThat(late).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.error()).isEqualTo(SagaError.RESERVATION_RELEASED));
        assertThat(db.availableOf(sku)).isEqualTo(5);
        assertThat(db.reservationStatusOf(order)).contains("RELEASED");
    }

    @Test
    void twentyConcurrentReservesOfOneAgainstFiveNeverOversell() throws Exception {
        Sku sku = db.newSkuWith(5);
        List<OrderId> orders = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            orders.add(newOrderId());
        }

        List<ReservationOutcome> outcomes = runAllAtOnce(orders.stream()
                .map(order -> (Callable<ReservationOutcome>) () -> reserveStock.reserve(order, sku, Quantity.of(1)))
                .toList());

        assertThat(outcomes).filteredOn(Reserved.class::isInstance).hasSize(5);
        assertThat(outcomes).filteredOn(Refused.class::isInstance)
                .hasSize(15)
                .allSatisfy(o -> assertThat(((Refused) o).error()).isEqualTo(SagaError.INSUFFICIENT_STOCK));
        assertThat(db.availableOf(sku)).isZero();
        assertThat(db.countReservations(sku, "RESERVED")).isEqualTo(5);
        assertThat(db.countReservations(sku, "REJECTED")).isEqualTo(15);
    }

    @Test
    void theSameOrderReservedTenTimesAtOnceTakesStockOnce() throws Exception {
        Sku sku = db.newSkuWith(5);
        OrderId order = newOrderId();

        List<ReservationOutcome> outcomes = runAllAtOnce(Collections.nCopies(10,
                () -> reserveStock.reserve(order, sku, Quantity.of(2))));

        assertThat(outcomes).hasSize(10).allMatch(Reserved.class::isInstance);
        assertThat(db.availableOf(sku)).isEqualTo(3);
        assertThat(db.outboxEventTypesOf(order)).containsExactly(RESERVED);
    }

    private static <T> List<T> runAllAtOnce(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
