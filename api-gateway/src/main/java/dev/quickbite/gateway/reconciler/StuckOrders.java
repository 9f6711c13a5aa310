package dev.quickbite.gateway.reconciler;

import dev.quickbite.contract.CancelReason;
import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Queries and updates of the reconciler on the {@code orders} table. */
@Repository
public class StuckOrders {

    private final JdbcClient jdbc;

    public StuckOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * PENDING orders whose saga started (or, never started, whose order was accepted) longer than
     * {@code silence} ago and that are not queued for a start: the engine has lost their saga.
     */
    public List<StuckOrder> lockStuck(Duration silence, int limit) {
        return jdbc.sql("""
                SELECT o.id, o.saga_restarts FROM orders o
                WHERE o.status = 'PENDING'
                  AND coalesce(o.saga_started_at, o.created_at) < now() - make_interval(secs => :seconds)
                  AND NOT EXISTS (SELECT 1 FROM saga_starts s WHERE s.order_id = o.id)
                ORDER BY o.created_at
                LIMIT :limit
                FOR UPDATE OF o SKIP LOCKED""")
                .param("seconds", (double) silence.toSeconds())
                .param("limit", limit)
                .query((rs, row) -> new StuckOrder(rs.getString("id"), rs.getInt("saga_restarts")))
                .list();
    }

    public void countRestart(String orderId) {
        jdbc.sql("UPDATE orders SET saga_restarts = saga_restarts + 1 WHERE id = :id").param("id", orderId).update();
    }

    /** The read model tells the customer the truth: this order will not complete. */
    public void markLost(String orderId) {
        jdbc.sql("""
                UPDATE orders SET status = 'CANCELLED', cancel_reason = :reason, updated_at = now()
                WHERE id = :id AND status = 'PENDING'""")
                .param("reason", CancelReason.SAGA_LOST)
                .param("id", orderId)
                .update();
    }

    public record StuckOrder(String orderId, int restarts) {
    }
}
