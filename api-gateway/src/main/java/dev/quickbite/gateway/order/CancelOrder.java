package dev.quickbite.gateway.order;

import dev.quickbite.contract.SagaMessage;
import dev.quickbite.gateway.saga.EngineRelayLoop;
import dev.quickbite.gateway.saga.SagaCommandQueue;
import dev.quickbite.gateway.saga.SagaRelays;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Asks the saga of a PENDING order to cancel; the request is durable before it is acknowledged. */
@Service
public class CancelOrder {

    private final OrderRepository orders;
    private final SagaCommandQueue commands;
    private final EngineRelayLoop commandLoop;

    public CancelOrder(OrderRepository orders, SagaCommandQueue commands,
                       @Qualifier(SagaRelays.COMMANDS) EngineRelayLoop commandLoop) {
        this.orders = orders;
        this.commands = commands;
        this.commandLoop = commandLoop;
    }

    @Transactional
    public CancelOutcome cancel(OrderId id) {
        return orders.findForUpdate(id)
                .map(this::cancel)
                .orElseGet(CancelOutcome.NotFound::new);
    }

    private CancelOutcome cancel(Order order) {
        return switch (order.status()) {
            case CONFIRMED -> new CancelOutcome.AlreadyConfirmed(order);
            case CANCELLED -> new CancelOutcome.AlreadyCancelled(order);
            case PENDING -> {
                commands.add(order.id(), SagaMessage.ORDER_CANCELLATION_REQUESTED);
                AfterCommit.run(commandLoop::kick);
                yield new CancelOutcome.Requested(order);
            }
        };
    }
}
