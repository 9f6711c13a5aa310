package dev.quickbite.gateway.reconciler;

import static dev.quickbite.gateway.support.OrderFixtures.placeOrder;
import static dev.quickbite.gateway.support.OrderFixtures.uniqueUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quickbite.contract.CancelReason;
import dev.quickbite.gateway.support.GatewayIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class StuckSagaReconcilerTest extends GatewayIntegrationTest {

    @Autowired
    private StuckSagaReconciler reconciler;
    @Autowired
    private MeterRegistry meters;

    @Test
    void aPendingOrderLongPastItsDeadlineGetsItsSagaRestarted() throws Exception {
        String orderId = placeOrder(mvc, uniqueUser());
        long firstKey = eventually().until(() -> processInstanceKeyOf(orderId), key -> key != null);
        double restartsBefore = actions("restarted");
        sagaStartedMinutesAgo(orderId, 30);

        reconciler.reconcile();

        long newKey = eventually().until(() -> processInstanceKeyOf(orderId), key -> key != null && key != firstKey);
        assertThat(newKey).isNotEqualTo(firstKey);
        assertThat(restartsOf(orderId)).isEqualTo(1);
        assertThat(actions("restarted")).isEqualTo(restartsBefore + 1);
        assertThat(statusOf(orderId)).isEqualTo("PENDING");
    }

    @Test
    void aSagaStillInsideItsDeadlineIsLeftAlone() throws Exception {
        String orderId = placeOrder(mvc, uniqueUser());
        eventually().until(() -> processInstanceKeyOf(orderId), key -> key != null);
        sagaStartedMinutesAgo(orderId, 2);

        reconciler.reconcile();

        assertThat(restartsOf(orderId)).isZero();
    }

    @Test
    void afterTheLastRestartTheOrderIsGivenUpAsSagaLost() throws Exception {
        String orderId = placeOrder(mvc, uniqueUser());
        eventually().until(() -> processInstanceKeyOf(orderId), key -> key != null);
        double gaveUpBefore = actions("gave_up");
        jdbc.sql("UPDATE orders SET saga_restarts = 3 WHERE id = :id").param("id", orderId).update();
        sagaStartedMinutesAgo(orderId, 30);

        reconciler.reconcile();

        assertThat(statusOf(orderId)).isEqualTo("CANCELLED");
        assertThat(jdbc.sql("SELECT cancel_reason FROM orders WHERE id = :id").param("id", orderId)
                .query(String.class).single()).isEqualTo(CancelReason.SAGA_LOST);
        assertThat(actions("gave_up")).isEqualTo(gaveUpBefore + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM saga_starts WHERE order_id = :id").param("id", orderId)
                .query(Long.class).single()).isZero();
    }

    private void sagaStartedMinutesAgo(String orderId, int minutes) {
        jdbc.sql("""
                UPDATE orders SET saga_started_at = now() - make_interval(mins => :m),
                                  created_at = now() - make_interval(mins => :m) WHERE id = :id""")
                .param("m", minutes).param("id", orderId).update();
    }

    private Long processInstanceKeyOf(String orderId) {
        return jdbc.sql("SELECT process_instance_key FROM orders WHERE id = :id").param("id", orderId)
                .query(Long.class).optional().orElse(null);
    }

    private int restartsOf(String orderId) {
        return jdbc.sql("SELECT saga_restarts FROM orders WHERE id = :id").param("id", orderId)
                .query(Integer.class).single();
    }

    private String statusOf(String orderId) {
        return jdbc.sql("SELECT status FROM orders WHERE id = :id").param("id", orderId).query(String.class).single();
    }

    private double actions(String action) {
        return meters.counter("quickbite.reconciler.actions", "action", action).count();
    }
}
