package dev.quickbite.gateway.reconciler;

import dev.quickbite.gateway.order.OrdersProperties;
import dev.quickbite.gateway.saga.EngineRelayLoop;
import dev.quickbite.gateway.saga.SagaRelays;
import dev.quickbite.gateway.saga.SagaStartQueue;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Restarts sagas the engine lost. A live saga ends by its deadline at the latest (its timer
 * cancels it), so an order still PENDING after deadline + grace has no saga any more, e.g. because
 * the in-memory engine restarted. Restarting is safe: every worker is idempotent on the order id.
 */
@Component
public class StuckSagaReconciler {

    private static final Logger log = LoggerFactory.getLogger(StuckSagaReconciler.class);
    private static final int BATCH = 100;

    private final StuckOrders stuckOrders;
    private final SagaStartQueue sagaStarts;
    private final TransactionTemplate transaction;
    private final ReconcilerProperties properties;
    private final OrdersProperties orders;
    private final EngineRelayLoop sagaStartLoop;
    private final Counter restarted;
    private final Counter gaveUp;

    public StuckSagaReconciler(StuckOrders stuckOrders, SagaStartQueue sagaStarts, TransactionTemplate transaction,
                               ReconcilerProperties properties, OrdersProperties orders,
                               @Qualifier(SagaRelays.STARTS) EngineRelayLoop sagaStartLoop, MeterRegistry registry) {
        this.stuckOrders = stuckOrders;
        this.sagaStarts = sagaStarts;
        this.transaction = transaction;
        this.properties = properties;
        this.orders = orders;
        this.sagaStartLoop = sagaStartLoop;
        this.restarted = actions(registry, "restarted");
        this.gaveUp = actions(registry, "gave_up");
    }

    @Scheduled(fixedDelayString = "${quickbite.gateway.reconciler.interval:PT30S}",
            initialDelayString = "${quickbite.gateway.reconciler.interval:PT30S}")
    public void scheduledPass() {
        try {
            reconcile();
        } catch (RuntimeException e) {
            log.warn("Reconciler pass failed, will try again: {}", e.toString());
        }
    }

    /** @return how many orders this pass restarted or gave up on */
    public int reconcile() {
        Duration silence = orders.deadline().plus(properties.grace());
        Integer handled = transaction.execute(tx -> {
            List<StuckOrders.StuckOrder> stuck = stuckOrders.lockStuck(silence, BATCH);
            stuck.forEach(this::handle);
            return stuck.size();
        });
        if (handled != null && handled > 0) {
            sagaStartLoop.kick();
        }
        return handled == null ? 0 : handled;
    }

    private void handle(StuckOrders.StuckOrder order) {
        if (order.restarts() >= properties.maxRestarts()) {
            stuckOrders.markLost(order.orderId());
            gaveUp.increment();
            log.error("Order {}: saga lost {} times, giving up and marking the order cancelled (saga lost); "
                    + "check the engine and any stock reserved for it", order.orderId(), order.restarts() + 1);
            return;
        }
        sagaStarts.add(order.orderId());
        stuckOrders.countRestart(order.orderId());
        restarted.increment();
        log.warn("Order {} still PENDING long after its deadline: saga lost, restarting it (restart {} of {})",
                order.orderId(), order.restarts() + 1, properties.maxRestarts());
    }

    private static Counter actions(MeterRegistry registry, String action) {
        return Counter.builder("quickbite.reconciler.actions")
                .description("Lost sagas the reconciler restarted or gave up on")
                .tag("action", action)
                .register(registry);
    }
}
