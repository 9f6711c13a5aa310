package dev.quickbite.gateway.order;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code orders} read model table. */
@Repository
public class OrderRepository {

    private static final String COLUMNS =
            "id, user_id, sku, quantity, note, status, cancel_reason, created_at, updated_at";

    private final JdbcClient jdbc;

    public OrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertPending(OrderId id, NewOrder order) {
        jdbc.sql("""
                INSERT INTO orders (id, user_id, sku, quantity, note, status, created_at, updated_at)
                VALUES (:id, :userId, :sku, :quantity, :note, 'PENDING', now(), now())""")
                .param("id", id.value())
                .param("userId", order.userId())
                .param("sku", order.sku())
                .param("quantity", order.quantity())
                .param("note", order.note())
                .update();
    }

    /** For an order the gateway has not seen (e.g. accepted by another deployment): never overwrites. */
    public void insertIfMissing(String id, NewOrder order, Instant createdAt) {
        jdbc.sql("""
                INSERT INTO orders (id, user_id, sku, quantity, note, status, created_at, updated_at)
                VALUES (:id, :userId, :sku, :quantity, :note, 'PENDING', :createdAt, :createdAt)
                ON CONFLICT (id) DO NOTHING""")
                .param("id", id)
                .param("userId", order.userId())
                .param("sku", order.sku())
                .param("quantity", order.quantity())
                .param("note", order.note())
                .param("createdAt", utc(createdAt))
                .update();
    }

    /** Moves a PENDING order to a terminal status; a terminal order is never changed again. */
    public boolean finish(String id, OrderStatus status, String cancelReason) {
        return jdbc.sql("""
                UPDATE orders SET status = :status, cancel_reason = :reason, updated_at = now()
                WHERE id = :id AND status = 'PENDING'""")
                .param("status", status.name())
                .param("reason", cancelReason)
                .param("id", id)
                .update() == 1;
    }

    public Optional<Order> find(OrderId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM orders WHERE id = :id")
                .param("id", id.value())
                .query(OrderRepository::order)
                .optional();
    }

    /** Locks the row so a concurrent cancel or event waits for this transaction. */
    public Optional<Order> findForUpdate(OrderId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM orders WHERE id = :id FOR UPDATE")
                .param("id", id.value())
                .query(OrderRepository::order)
                .optional();
    }

    public List<Order> findByUser(String userId, int page, int size) {
        return jdbc.sql("SELECT " + COLUMNS + """
                 FROM orders WHERE user_id = :userId
                ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset""")
                .param("userId", userId)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(OrderRepository::order)
                .list();
    }

    public long countByUser(String userId) {
        return jdbc.sql("SELECT count(*) FROM orders WHERE user_id = :userId")
                .param("userId", userId)
                .query(Long.class)
                .single();
    }

    public void recordSagaStarted(String id, long processInstanceKey) {
        jdbc.sql("""
                UPDATE orders SET process_instance_key = :key, saga_started_at = now() WHERE id = :id""")
                .param("key", processInstanceKey)
                .param("id", id)
                .update();
    }

    public Map<OrderStatus, Long> countByStatus() {
        return jdbc.sql("SELECT status, count(*) AS n FROM orders GROUP BY status")
                .query((rs, row) -> Map.entry(OrderStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    static Order order(ResultSet rs, int row) throws SQLException {
        return new Order(
                rs.getString("id"),
                rs.getString("user_id"),
                rs.getString("sku"),
                rs.getInt("quantity"),
                rs.getString("note"),
                OrderStatus.valueOf(rs.getString("status")),
                rs.getString("cancel_reason"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
