package dev.quickbite.inventory.support;

import dev.quickbite.inventory.domain.OrderId;
import dev.quickbite.inventory.domain.Sku;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Arranges and inspects the inventory database directly, beside the code under test. */
@Component
public class InventoryFixtures {

    private final JdbcClient jdbc;

    public InventoryFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A sku of its own per test, so tests sharing one database cannot see each other's stock. */
    public Sku newSkuWith(int available) {
        Sku sku = Sku.of("sku-" + UUID.randomUUID().toString().substring(0, 8));
        jdbc.sql("INSERT INTO stock (sku, available) VALUES (:sku, :available)")
                .param("sku", sku.value())
                .param("available", available)
                .update();
        return sku;
    }

    public void setAvailable(Sku sku, int available) {
        jdbc.sql("UPDATE stock SET available = :available WHERE sku = :sku")
                .param("sku", sku.value())
                .param("available", available)
                .update();
    }

    public static Sku unknownSku() {
        return Sku.of("unknown-" + UUID.randomUUID().toString().substring(0, 8));
    }

    public static OrderId newOrderId() {
        return OrderId.of(UUID.randomUUID().toString());
    }

    public int availableOf(Sku sku) {
        return jdbc.sql("SELECT available FROM stock WHERE sku = :sku")
                .param("sku", sku.value()).query(Integer.class).single();
    }

    public Optional<String> reservationStatusOf(OrderId orderId) {
        return jdbc.sql("SELECT status FROM reservations WHERE order_id = :orderId")
                .param("orderId", orderId.value()).query(String.class).optional();
    }

    public int reservedQuantityOf(OrderId orderId) {
        return jdbc.sql("SELECT quantity FROM reservations WHERE order_id = :orderId")
                .param("orderId", orderId.value()).query(Integer.class).single();
    }

    public long countReservations(Sku sku, String status) {
        return jdbc.sql("SELECT count(*) FROM reservations WHERE sku = :sku AND status = :status")
                .param("sku", sku.value()).param("status", status).query(Long.class).single();
    }

    /** CloudEvents types of the order's outbox rows, oldest first. */
    public List<String> outboxEventTypesOf(OrderId orderId) {
        return jdbc.sql("SELECT event_type FROM outbox WHERE message_key = :orderId ORDER BY id")
                .param("orderId", orderId.value()).query(String.class).list();
    }
}
