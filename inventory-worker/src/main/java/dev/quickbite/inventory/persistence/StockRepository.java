package dev.quickbite.inventory.persistence;

import dev.quickbite.inventory.domain.Quantity;
import dev.quickbite.inventory.domain.Sku;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code stock} table: units available per sku. */
@Repository
public class StockRepository {

    private final JdbcClient jdbc;

    public StockRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the sku's row until the transaction ends and returns what is available, or empty for
     * an unknown sku. Every reserve and release of a sku passes here first, so they run one at a
     * time per sku and the check-then-decrement cannot oversell.
     */
    public Optional<Integer> lockAvailable(Sku sku) {
        return jdbc.sql("SELECT available FROM stock WHERE sku = :sku FOR UPDATE")
                .param("sku", sku.value())
                .query(Integer.class)
                .optional();
    }

    public void take(Sku sku, Quantity quantity) {
        changeAvailable(sku, -quantity.value());
    }

    public void giveBack(Sku sku, int quantity) {
        changeAvailable(sku, quantity);
    }

    private void changeAvailable(Sku sku, int delta) {
        int updated = jdbc.sql("UPDATE stock SET available = available + :delta, updated_at = now() WHERE sku = :sku")
                .param("delta", delta)
                .param("sku", sku.value())
                .update();
        if (updated != 1) {
            throw new IllegalStateException("no stock row for sku " + sku);
        }
    }

    public boolean isEmpty() {
        return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM stock)").query(Boolean.class).single();
    }

    /** Inserts the skus that are not there yet; returns how many rows were inserted. */
    public int insertMissing(Map<Sku, Integer> availableBySku) {
        int inserted = 0;
        for (Map.Entry<Sku, Integer> entry : availableBySku.entrySet()) {
            inserted += jdbc.sql("""
                            INSERT INTO stock (sku, available, updated_at) VALUES (:sku, :available, now())
                            ON CONFLICT (sku) DO NOTHING""")
                    .param("sku", entry.getKey().value())
                    .param("available", entry.getValue())
                    .update();
        }
        return inserted;
    }
}
