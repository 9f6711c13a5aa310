package dev.quickbite.gateway.order;

import java.time.Duration;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code idempotency_keys}: which order a key produced, and for which request body. */
@Repository
public class IdempotencyKeyRepository {

    private final JdbcClient jdbc;

    public IdempotencyKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the key for a new order unless a live claim exists. A concurrent claim of the same
     * key waits here for the other transaction, so only one of them creates an order.
     */
    public boolean claim(IdempotencyKey key, String requestHash, OrderId orderId, Duration ttl) {
        return jdbc.sql("""
                INSERT INTO idempotency_keys (key, request_hash, order_id, created_at)
                VALUES (:key, :hash, :orderId, now())
                ON CONFLICT (key) DO UPDATE
                   SET request_hash = excluded.request_hash, order_id = excluded.order_id, created_at = now()
                 WHERE idempotency_keys.created_at < now() - make_interval(secs => :ttlSeconds)""")
                .param("key", key.value())
                .param("hash", requestHash)
                .param("orderId", orderId.value())
                .param("ttlSeconds", (double) ttl.toSeconds())
                .update() == 1;
    }

    public Optional<Claim> find(IdempotencyKey key) {
        return jdbc.sql("SELECT request_hash, order_id FROM idempotency_keys WHERE key = :key")
                .param("key", key.value())
                .query((rs, row) -> new Claim(rs.getString("request_hash"), new OrderId(rs.getString("order_id"))))
                .optional();
    }

    public int deleteOlderThan(Duration ttl) {
        return jdbc.sql("DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(secs => :ttlSeconds)")
                .param("ttlSeconds", (double) ttl.toSeconds())
                .update();
    }

    public record Claim(String requestHash, OrderId orderId) {
    }
}
