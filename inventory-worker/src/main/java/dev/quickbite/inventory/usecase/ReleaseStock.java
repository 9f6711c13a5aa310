package dev.quickbite.inventory.usecase;

import dev.quickbite.contract.events.EventEnvelope;
import dev.quickbite.contract.events.StockReleased;
import dev.quickbite.inventory.InventoryWorkerApplication;
import dev.quickbite.inventory.domain.OrderId;
import dev.quickbite.inventory.domain.Reservation;
import dev.quickbite.inventory.domain.Sku;
import dev.quickbite.inventory.persistence.ReservationRepository;
import dev.quickbite.inventory.persistence.StockRepository;
import dev.quickbite.outbox.OutboxWriter;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives an order's held stock back (the saga's compensation). Idempotent on the order id. The
 * stored reservation, not the caller, says which sku and how many units were held.
 */
@Service
public class ReleaseStock {

    private static final Logger log = LoggerFactory.getLogger(ReleaseStock.class);

    private final StockRepository stock;
    private final ReservationRepository reservations;
    private final OutboxWriter outbox;

    public ReleaseStock(StockRepository stock, ReservationRepository reservations, OutboxWriter outbox) {
        this.stock = stock;
        this.reservations = reservations;
        this.outbox = outbox;
    }

    /** @param sku the order's sku; recorded on the tombstone when nothing had been reserved */
    @Transactional
    public ReleaseOutcome release(OrderId orderId, Sku sku) {
        // Same lock order as ReserveStock (stock row, then reservation), so a reserve and a
        // release of one order run one after the other and never deadlock each other.
        stock.lockAvailable(sku);
        Optional<Reservation> reservation = reservations.lock(orderId);
        if (reservation.isEmpty()) {
            return leaveTombstone(orderId, sku);
        }
        Reservation held = reservation.get();
        return switch (held.status()) {
            case RESERVED -> giveBack(held);
            case RELEASED -> ReleaseOutcome.ALREADY_RELEASED;
            case REJECTED -> ReleaseOutcome.WAS_REJECTED;
        };
    }

    private ReleaseOutcome giveBack(Reservation held) {
        stock.lockAvailable(held.sku());
        stock.giveBack(held.sku(), held.quantity());
        reservations.markReleased(held.orderId());
        publish(held.orderId(), held.sku(), held.quantity());
        log.info("Released {} x {} for order {}", held.quantity(), held.sku(), held.orderId());
        return ReleaseOutcome.RELEASED;
    }

    private ReleaseOutcome leaveTombstone(OrderId orderId, Sku sku) {
        if (!reservations.insertIfAbsent(Reservation.tombstone(orderId, sku))) {
            throw new ConcurrentReservationException(orderId);
        }
        publish(orderId, sku, 0);
        // Expected when a saga is cancelled before its reserve step ran.
        log.info("Release for order {} found no reservation; left a tombstone so a late reserve is refused", orderId);
        return ReleaseOutcome.NOTHING_RESERVED;
    }

    private void publish(OrderId orderId, Sku sku, int quantity) {
        outbox.append(EventEnvelope.of(InventoryWorkerApplication.EVENT_SOURCE,
                new StockReleased(orderId.value(), sku.value(), quantity)));
    }
}
