package dev.quickbite.gateway.saga;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code saga_starts}: orders whose saga still has to be started on the engine. */
@Repository
public class SagaStartQueue {

    private final JdbcClient jdbc;

    public SagaStartQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(String orderId) {
        jdbc.sql("INSERT INTO saga_starts (order_id, created_at) VALUES (:id, now()) ON CONFLICT DO NOTHING")
                .param("id", orderId)
                .update();
    }

    /** Rows another gateway is working on stay locked and are skipped, so each start happens once. */
    public List<PendingStart> lockNext(int limit) {
        return jdbc.sql("""
                SELECT o.id, o.user_id, o.sku, o.quantity, o.note
                FROM saga_starts s JOIN orders o ON o.id = s.order_id
                ORDER BY s.created_at
                LIMIT :limit
                FOR UPDATE OF s SKIP LOCKED""")
                .param("limit", limit)
                .query((rs, row) -> new PendingStart(rs.getString("id"), rs.getString("user_id"),
                        rs.getString("sku"), rs.getInt("quantity"), rs.getString("note")))
                .list();
    }

    public void remove(String orderId) {
        jdbc.sql("DELETE FROM saga_starts WHERE order_id = :id").param("id", orderId).update();
    }

    public boolean contains(String orderId) {
        return jdbc.sql("SELECT count(*) FROM saga_starts WHERE order_id = :id")
                .param("id", orderId).query(Long.class).single() > 0;
    }

    public record PendingStart(String orderId, String userId, String sku, int quantity, String note) {
    }
}
