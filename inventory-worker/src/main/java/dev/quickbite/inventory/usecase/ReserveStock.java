package dev.quickbite.inventory.usecase;

import dev.quickbite.contract.SagaError;
import dev.quickbite.contract.events.EventEnvelope;
import dev.quickbite.contract.events.InventoryRejected;
import dev.quickbite.contract.events.InventoryReserved;
import dev.quickbite.inventory.InventoryWorkerApplication;
import dev.quickbite.inventory.domain.OrderId;
import dev.quickbite.inventory.domain.Quantity;
import dev.quickbite.inventory.domain.RejectionReason;
import dev.quickbite.inventory.domain.Reservation;
import dev.quickbite.inventory.domain.Sku;
import dev.quickbite.inventory.persistence.ReservationRepository;
import dev.quickbite.inventory.persistence.StockRepository;
import dev.quickbite.inventory.usecase.ReservationOutcome.Refused;
import dev.quickbite.inventory.usecase.ReservationOutcome.Reserved;
import dev.quickbite.outbox.OutboxWriter;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds stock for an order, or rejects it. Idempotent on the order id: the first decision is
 * stored and every repeat returns it without touching stock or publishing again.
 */
@Service
public class ReserveStock {

    private static final Logger log = LoggerFactory.getLogger(ReserveStock.class);

    private final StockRepository stock;
    private final ReservationRepository reservations;
    private final OutboxWriter outbox;

    public ReserveStock(StockRepository stock, ReservationRepository reservations, OutboxWriter outbox) {
        this.stock = stock;
        this.reservations = reservations;
        this.outbox = outbox;
    }

    @Transactional
    public ReservationOutcome reserve(OrderId orderId, Sku sku, Quantity quantity) {
        // Lock first, then read the reservation: a duplicate job for the same order waits here
        // and then sees the first one's committed decision instead of deciding twice.
        Optional<Integer> available = stock.lockAvailable(sku);
        Optional<Reservation> earlier = reservations.find(orderId);
        if (earlier.isPresent()) {
            return repeat(earlier.get());
        }
        if (available.isEmpty()) {
            return reject(Reservation.rejected(orderId, sku, quantity, RejectionReason.UNKNOWN_SKU),
                    "unknown sku " + sku);
        }
        if (available.get() < quantity.value()) {
            return reject(Reservation.rejected(orderId, sku, quantity, RejectionReason.INSUFFICIENT_STOCK),
                    "insufficient stock for " + sku + ": " + quantity + " requested, " + available.get() + " available");
        }
        stock.take(sku, quantity);
        Reservation reservation = Reservation.reserved(orderId, sku, quantity);
        record(reservation);
        outbox.append(EventEnvelope.of(InventoryWorkerApplication.EVENT_SOURCE,
                new InventoryReserved(orderId.value(), sku.value(), quantity.value())));
        log.info("Reserved {} x {} for order {}", quantity, sku, orderId);
        return new Reserved(reservation);
    }

    private ReservationOutcome reject(Reservation rejection, String message) {
        record(rejection);
        outbox.append(EventEnvelope.of(InventoryWorkerApplication.EVENT_SOURCE, new InventoryRejected(
                rejection.orderId().value(), rejection.sku().value(), rejection.quantity(),
                rejection.rejectionReason().text())));
        log.info("Rejected order {}: {}", rejection.orderId(), message);
        return new Refused(rejection.rejectionReason().sagaError(), message);
    }

    private void record(Reservation reservation) {
        if (!reservations.insertIfAbsent(reservation)) {
            throw new ConcurrentReservationException(reservation.orderId());
        }
    }

    private static ReservationOutcome repeat(Reservation earlier) {
        return switch (earlier.status()) {
            case RESERVED -> new Reserved(earlier);
            case REJECTED -> new Refused(earlier.rejectionReason().sagaError(),
                    "order " + earlier.orderId() + " was already rejected: " + earlier.rejectionReason().text());
            // Holding stock now would leak it: the saga that released it will never release again.
            case RELEASED -> new Refused(SagaError.RESERVATION_RELEASED,
                    "order " + earlier.orderId() + " already had its stock released; refusing a late reserve");
        };
    }
}
