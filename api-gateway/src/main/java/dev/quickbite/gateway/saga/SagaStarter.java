package dev.quickbite.gateway.saga;

import dev.quickbite.contract.OrderSagaProcess;
import dev.quickbite.contract.SagaVariables;
import dev.quickbite.gateway.order.OrderRepository;
import dev.quickbite.gateway.order.OrdersProperties;
import dev.quickbite.gateway.saga.SagaStartQueue.PendingStart;
import io.camunda.zeebe.client.ZeebeClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts an {@code order-saga} instance for each {@code saga_starts} row, stores the process
 * instance key on the order and deletes the row. A start that reached the engine but whose commit
 * failed is repeated later; that is safe because every worker is idempotent on the order id.
 */
@Component
public class SagaStarter implements EngineRelayLoop.Batch {

    private static final Logger log = LoggerFactory.getLogger(SagaStarter.class);

    private final ZeebeClient zeebe;
    private final ModelDeployer modelDeployer;
    private final SagaStartQueue queue;
    private final OrderRepository orders;
    private final TransactionTemplate transaction;
    private final RelayProperties relay;
    private final OrdersProperties ordersProperties;

    public SagaStarter(ZeebeClient zeebe, ModelDeployer modelDeployer, SagaStartQueue queue,
                       OrderRepository orders, TransactionTemplate transaction, RelayProperties relay,
                       OrdersProperties ordersProperties) {
        this.zeebe = zeebe;
        this.modelDeployer = modelDeployer;
        this.queue = queue;
        this.orders = orders;
        this.transaction = transaction;
        this.relay = relay;
        this.ordersProperties = ordersProperties;
    }

    @Override
    public int relayNext() {
        BatchResult result = transaction.execute(tx -> startLockedBatch());
        if (result.failure() != null) {
            throw result.failure();
        }
        return result.handled();
    }

    /** Commits the starts that worked even when a later one fails, so none is started twice. */
    private BatchResult startLockedBatch() {
        List<PendingStart> batch = queue.lockNext(relay.batchSize());
        int handled = 0;
        for (PendingStart start : batch) {
            try {
                long processInstanceKey = startSaga(start);
                orders.recordSagaStarted(start.orderId(), processInstanceKey);
                queue.remove(start.orderId());
                handled++;
            } catch (RuntimeException e) {
                return new BatchResult(handled, e);
            }
        }
        return new BatchResult(handled, null);
    }

    private long startSaga(PendingStart start) {
        try {
            return createInstance(start);
        } catch (RuntimeException e) {
            if (!EngineFailures.isProcessNotFound(e)) {
                throw e;
            }
            log.warn("The engine does not know {}: it lost its deployments; redeploying", OrderSagaProcess.PROCESS_ID);
            modelDeployer.deploy();
            return createInstance(start);
        }
    }

    private long createInstance(PendingStart start) {
        long key = zeebe.newCreateInstanceCommand()
                .bpmnProcessId(OrderSagaProcess.PROCESS_ID)
                .latestVersion()
                .variables(variablesOf(start))
                .requestTimeout(relay.requestTimeout())
                .send()
                .join()
                .getProcessInstanceKey();
        log.info("Started saga {} for order {}", key, start.orderId());
        return key;
    }

    private Map<String, Object> variablesOf(PendingStart start) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(SagaVariables.ORDER_ID, start.orderId());
        variables.put(SagaVariables.USER_ID, start.userId());
        variables.put(SagaVariables.SKU, start.sku());
        variables.put(SagaVariables.QUANTITY, start.quantity());
        variables.put(SagaVariables.NOTE, start.note());
        variables.put(SagaVariables.ORDER_DEADLINE, ordersProperties.deadline().toString());
        return variables;
    }

    private record BatchResult(int handled, RuntimeException failure) {
    }
}
