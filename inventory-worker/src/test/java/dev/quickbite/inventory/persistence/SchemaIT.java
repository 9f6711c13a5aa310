package dev.quickbite.inventory.persistence;

import static dev.quickbite.inventory.support.InventoryFixtures.newOrderId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quickbite.inventory.domain.Sku;
import dev.quickbite.inventory.support.InventoryFixtures;
import dev.quickbite.inventory.support.InventoryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The database itself refuses states the code must never produce, beneath every lock. */
class SchemaIT extends InventoryIntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    InventoryFixtures db;

    @Test
    void stockCannotGoNegative() {
        Sku sku = db.newSkuWith(1);

        assertThatThrownBy(() -> jdbc.sql("UPDATE stock SET available = available - 2 WHERE sku = :sku")
                .param("sku", sku.value()).update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("stock_available_not_negative");
        assertThat(db.availableOf(sku)).isEqualTo(1);
    }

    @Test
    void aReservationHasAKnownStatusAndAReasonOnlyWhenRejected() {
        assertThatThrownBy(() -> insertReservation("PENDING", null))
                .hasMessageContaining("reservations_status_known");
        assertThatThrownBy(() -> insertReservation("REJECTED", null))
                .hasMessageContaining("reservations_reason_only_when_rejected");
        assertThatThrownBy(() -> insertReservation("RESERVED", "insufficient stock"))
                .hasMessageContaining("reservations_reason_only_when_rejected");
    }

    @Test
    void anOrderHasAtMostOneReservation() {
        String orderId = newOrderId().value();
        insertReservation(orderId, "RESERVED", null);

        assertThatThrownBy(() -> insertReservation(orderId, "RELEASED", null))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private void insertReservation(String status, String reason) {
        insertReservation(newOrderId().value(), status, reason);
    }

    private void insertReservation(String orderId, String status, String reason) {
        jdbc.sql("INSERT INTO reservations (order_id, sku, quantity, status, reason) VALUES (:o, 'burger', 1, :s, :r)")
                .param("o", orderId).param("s", status).param("r", reason)
                .update();
    }
}
