package dev.quickbite.gateway.saga;

import dev.quickbite.contract.SagaMessage;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code saga_commands}: messages for running sagas that still have to reach the engine. */
@Repository
public class SagaCommandQueue {

    private final JdbcClient jdbc;

    public SagaCommandQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A second identical request while the first is still queued adds nothing. */
    public void add(String orderId, SagaMessage message) {
        jdbc.sql("""
                INSERT INTO saga_commands (order_id, message_name, created_at) VALUES (:id, :message, now())
                ON CONFLICT ON CONSTRAINT saga_commands_once_per_order DO NOTHING""")
                .param("id", orderId)
                .param("message", message.messageName())
                .update();
    }

    public List<PendingCommand> lockNext(int limit) {
        return jdbc.sql("""
                SELECT id, order_id, message_name FROM saga_commands
                ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED""")
                .param("limit", limit)
                .query((rs, row) -> new PendingCommand(rs.getLong("id"), rs.getString("order_id"),
                        rs.getString("message_name")))
                .list();
    }

    public void remove(long id) {
        jdbc.sql("DELETE FROM saga_commands WHERE id = :id").param("id", id).update();
    }

    public record PendingCommand(long id, String orderId, String messageName) {
    }
}
