package dev.quickbite.inventory.persistence;

import dev.quickbite.inventory.domain.OrderId;
import dev.quickbite.inventory.domain.RejectionReason;
import dev.quickbite.inventory.domain.Reservation;
import dev.quickbite.inventory.domain.ReservationStatus;
import dev.quickbite.inventory.domain.Sku;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code reservations} table: one row per order, the first decision about its stock. */
@Repository
public class ReservationRepository {

    private final JdbcClient jdbc;

    public ReservationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Reservation> find(OrderId orderId) {
        return jdbc.sql("SELECT order_id, sku, quantity, status, reason FROM reservations WHERE order_id = :orderId")
                .param("orderId", orderId.value())
                .query(ReservationRepository::toReservation)
                .optional();
    }

    /** Like {@link #find} but holds the row until the transaction ends. */
    public Optional<Reservation> lock(OrderId orderId) {
        return jdbc.sql("SELECT order_id, sku, quantity, status, reason FROM reservations WHERE order_id = :orderId FOR UPDATE")
                .param("orderId", orderId.value())
                .query(ReservationRepository::toReservation)
                .optional();
    }

    /** @return false when the order already has a reservation (another transaction won) */
    public boolean insertIfAbsent(Reservation reservation) {
        return jdbc.sql("""
                        INSERT INTO reservations (order_id, sku, quantity, status, reason, created_at, updated_at)
                        VALUES (:orderId, :sku, :quantity, :status, :reason, now(), now())
                        ON CONFLICT (order_id) DO NOTHING""")
                .param("orderId", reservation.orderId().value())
                .param("sku", reservation.sku().value())
                .param("quantity", reservation.quantity())
                .param("status", reservation.status().name())
                .param("reason", reservation.rejectionReason() == null ? null : reservation.rejectionReason().text())
                .update() == 1;
    }

    public void markReleased(OrderId orderId) {
        int updated = jdbc.sql("""
                        UPDATE reservations SET status = 'RELEASED', updated_at = now()
                        WHERE order_id = :orderId AND status = 'RESERVED'""")
                .param("orderId", orderId.value())
                .update();
        if (updated != 1) {
            throw new IllegalStateException("order " + orderId + " has no RESERVED reservation to release");
        }
    }

    private static Reservation toReservation(ResultSet row, int rowNum) throws SQLException {
        String reason = row.getString("reason");
        return new Reservation(
                OrderId.of(row.getString("order_id")),
                Sku.of(row.getString("sku")),
                row.getInt("quantity"),
                ReservationStatus.valueOf(row.getString("status")),
                reason == null ? null : RejectionReason.fromText(reason));
    }
}
