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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReleaseStockIT extends InventoryIntegrationTest {

    private static final String RESERVED = EventType.INVENTORY_RESERVED.cloudEventType();
    private static final String REJECTED = EventType.INVENTORY_REJECTED.cloudEventType();
    private static final String RELEASED = EventType.STOCK_RELEASED.cloudEventType();

    @Autowired
    ReserveStock reserveStock;
    @Autowired
    ReleaseStock releaseStock;
    @Autowired
    InventoryFixtures db;

    @Test
    void releasingAReservationPutsItsUnitsBackAndPublishesStockReleased() {
        Sku sku = db.newSkuWith(5);
        OrderId order = newOrderId();
        reserveStock.reserve(order, sku, Quantity.of(2));

        ReleaseOutcome outcome = releaseStock.release(order, sku);

        assertThat(outcome).isEqualTo(ReleaseOutcome.RELEASED);
        assertThat(db.availableOf(sku)).isEqualTo(5);
        assertThat(db.reservationStatusOf(order)).contains("RELEASED");
        assertThat(db.outboxEventTypesOf(order)).containsExactly(RESERVED, RELEASED);
    }

    @Test
    void aRepeatedReleaseChangesNothing() {
        Sku sku = db.newSkuWith(5);
        OrderId order = newOrderId();
        reserveStock.reserve(order, sku, Quantity.of(2));
        releaseStock.release(order, sku);

        ReleaseOutcome repeat = releaseStock.release(order, sku);

        assertThat(repeat).isEqualTo(ReleaseOutcome.ALREADY_RELEASED);
        assertThat(db.availableOf(sku)).isEqualTo(5);
        assertThat(db.outboxEventTypesOf(order)).containsExactly(RESERVED, RELEASED);
    }

    @Test
    void releasingARejectedOrderGivesNothingBack() {
        Sku sku = db.newSkuWith(1);
        OrderId order = newOrderId();
        reserveStock.reserve(order, sku, Quantity.of(4));

        ReleaseOutcome outcome = releaseStock.release(order, sku);

        assertThat(outcome).isEqualTo(ReleaseOutcome.WAS_REJECTED);
        assertThat(db.availableOf(sku)).isEqualTo(1);
        assertThat(db.reservationStatusOf(order)).contains("REJECTED");
        assertThat(db.outboxEventTypesOf(order)).containsExactly(REJECTED);
    }

    @Test
    void aReleaseBeforeAnyReserveLeavesATombstoneThatRefusesTheLateReserve() {
        Sku sku = db.newSkuWith(5);
        OrderId order = newOrderId();

        ReleaseOutcome outcome = releaseStock.release(order, sku);

        assertThat(outcome).isEqualTo(ReleaseOutcome.NOTHING_RESERVED);
        assertThat(db.reservationStatusOf(order)).contains("RELEASED");
        assertThat(db.reservedQuantityOf(order)).isZero();
        assertThat(db.outboxEventTypesOf(order)).containsExactly(RELEASED);
        assertThat(db.availableOf(sku)).isEqualTo(5);

        ReservationOutcome late = reserveStock.reserve(order, sku, Quantity.of(2));

        assertThat(late).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.error()).isEqualTo(SagaError.RESERVATION_RELEASED));
        assertThat(db.availableOf(sku)).isEqualTo(5);
        assertThat(db.outboxEventTypesOf(order)).containsExactly(RELEASED);
    }

    @Test
    void aReleaseOfAnUnknownSkuBeforeAnyReserveStillLeavesATombstone() {
        Sku sku = unknownSku();
        OrderId order = newOrderId();

        assertThat(releaseStock.release(order, sku)).isEqualTo(ReleaseOutcome.NOTHING_RESERVED);

        assertThat(db.reservationStatusOf(order)).contains("RELEASED");
        assertThat(db.outboxEventTypesOf(order)).containsExactly(RELEASED);
    }

    @Test
    void releasedUnitsCanBeReservedByTheNextOrder() {
        Sku sku = db.newSkuWith(2);
        OrderId first = newOrderId();
        reserveStock.reserve(first, sku, Quantity.of(2));
        releaseStock.release(first, sku);

        ReservationOutcome next = reserveStock.reserve(newOrderId(), sku, Quantity.of(2));

        assertThat(next).isInstanceOf(ReservationOutcome.Reserved.class);
        assertThat(db.availableOf(sku)).isZero();
    }
}
