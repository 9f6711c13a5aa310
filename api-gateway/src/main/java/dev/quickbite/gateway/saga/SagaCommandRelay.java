package dev.quickbite.gateway.saga;

import dev.quickbite.gateway.saga.SagaCommandQueue.PendingCommand;
import io.camunda.zeebe.client.ZeebeClient;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes queued {@code saga_commands} as messages correlated by order id. The message id makes
 * a republish (after a failed commit) a duplicate the engine rejects instead of a second message.
 */
@Component
public class SagaCommandRelay implements EngineRelayLoop.Batch {

    /** Long enough to reach a saga whose start is still on its way to the engine. */
    static final Duration MESSAGE_TTL = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(SagaCommandRelay.class);

    private final ZeebeClient zeebe;
    private final SagaCommandQueue queue;
    private final TransactionTemplate transaction;
    private final RelayProperties relay;

    public SagaCommandRelay(ZeebeClient zeebe, SagaCommandQueue queue, TransactionTemplate transaction,
                            RelayProperties relay) {
        this.zeebe = zeebe;
        this.queue = queue;
        this.transaction = transaction;
        this.relay = relay;
    }

    @Override
    public int relayNext() {
        BatchResult result = transaction.execute(tx -> publishLockedBatch());
        if (result.failure() != null) {
            throw result.failure();
        }
        return result.handled();
    }

    private BatchResult publishLockedBatch() {
        List<PendingCommand> batch = queue.lockNext(relay.batchSize());
        int handled = 0;
        for (PendingCommand command : batch) {
            try {
                publish(command);
                queue.remove(command.id());
                handled++;
            } catch (RuntimeException e) {
                return new BatchResult(handled, e);
            }
        }
        return new BatchResult(handled, null);
    }

    private void publish(PendingCommand command) {
        try {
            zeebe.newPublishMessageCommand()
                    .messageName(command.messageName())
                    .correlationKey(command.orderId())
                    .messageId(command.orderId() + ":" + command.messageName())
                    .timeToLive(MESSAGE_TTL)
                    .requestTimeout(relay.requestTimeout())
                    .send()
                    .join();
            log.info("Published {} for order {}", command.messageName(), command.orderId());
        } catch (RuntimeException e) {
            if (!EngineFailures.isAlreadyDone(e)) {
                throw e;
            }
            log.info("{} for order {} was already published", command.messageName(), command.orderId());
        }
    }

    private record BatchResult(int handled, RuntimeException failure) {
    }
}
