package dev.quickbite.orders.persistence;

import dev.quickbite.orders.domain.Order;
import dev.quickbite.orders.domain.OrderId;
import dev.quickbite.orders.domain.OrderRequest;
import dev.quickbite.orders.domain.OrderStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code orders} table. Callers run inside a transaction; reads for a change lock the row. */
@Repository
public class OrderRepository {

    private final JdbcClient jdbc;

    public OrderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return true when the row was inserted, false when an order with this id already exists */
    public boolean insertIfAbsent(Order order) {
        OrderRequest request = order.request();
        int inserted = jdbc.sql("""
                        INSERT INTO orders (id, user_id, sku, quantity, note, status, cancel_reason)
                        VALUES (:id, :userId, :sku, :quantity, :note, :status, :cancelReason)
                        ON CONFLICT (id) DO NOTHING
                        """)
                .param("id", request.id().value())
                .param("userId", request.userId())
                .param("sku", request.sku())
                .param("quantity", request.quantity())
                .param("note", request.note())
                .param("status", order.status().name())
                .param("cancelReason", order.cancelReason())
                .update();
        return inserted == 1;
    }

    /** Locks the row until the transaction ends, so concurrent jobs of one order serialise. */
    public Optional<Order> findForUpdate(OrderId id) {
        return jdbc.sql("SELECT * FROM orders WHERE id = :id FOR UPDATE")
                .param("id", id.value())
                .query(OrderRepository::toOrder)
                .optional();
    }

    public Optional<Order> find(OrderId id) {
        return jdbc.sql("SELECT * FROM orders WHERE id = :id")
                .param("id", id.value())
                .query(OrderRepository::toOrder)
                .optional();
    }

    public void updateStatus(Order order) {
        int updated = jdbc.sql("""
                        UPDATE orders SET status = :status, cancel_reason = :cancelReason, updated_at = now()
                        WHERE id = :id
                        """)
                .param("id", order.id().value())
                .param("status", order.status().name())
                .param("cancelReason", order.cancelReason())
                .update();
        if (updated != 1) {
            throw new IllegalStateException("order " + order.id() + " vanished while being updated");
        }
    }

    private static Order toOrder(ResultSet row, int rowNum) throws SQLException {
        OrderRequest request = new OrderRequest(
                OrderId.of(row.getString("id")),
                row.getString("user_id"),
                row.getString("sku"),
                row.getInt("quantity"),
                row.getString("note"));
        return new Order(request, OrderStatus.valueOf(row.getString("status")), row.getString("cancel_reason"));
    }
}
