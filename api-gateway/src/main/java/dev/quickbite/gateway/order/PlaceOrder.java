package dev.quickbite.gateway.order;

import dev.quickbite.gateway.ops.OrderMetrics;
import dev.quickbite.gateway.saga.EngineRelayLoop;
import dev.quickbite.gateway.saga.SagaRelays;
import dev.quickbite.gateway.saga.SagaStartQueue;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepts an order durably: the read-model row and the saga start request commit together, so an
 * accepted order always gets its saga and a rejected request leaves nothing behind.
 */
@Service
public class PlaceOrder {

    private final OrderRepository orders;
    private final SagaStartQueue sagaStarts;
    private final IdempotencyKeyRepository idempotencyKeys;
    private final OrdersProperties properties;
    private final EngineRelayLoop sagaStartLoop;
    private final OrderMetrics metrics;

    public PlaceOrder(OrderRepository orders, SagaStartQueue sagaStarts, IdempotencyKeyRepository idempotencyKeys,
                      OrdersProperties properties, @Qualifier(SagaRelays.STARTS) EngineRelayLoop sagaStartLoop,
                      OrderMetrics metrics) {
        this.orders = orders;
        this.sagaStarts = sagaStarts;
        this.idempotencyKeys = idempotencyKeys;
        this.properties = properties;
        this.sagaStartLoop = sagaStartLoop;
        this.metrics = metrics;
    }

    /** @throws IdempotencyKeyReusedException when the key was used for a different body */
    @Transactional
    public Acceptance place(NewOrder order, Optional<IdempotencyKey> idempotencyKey) {
        OrderId id = OrderId.generate();
        if (idempotencyKey.isPresent()) {
            Optional<Acceptance> earlier = earlierAcceptance(idempotencyKey.get(), order, id);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        orders.insertPending(id, order);
        sagaStarts.add(id.value());
        AfterCommit.run(() -> {
            metrics.orderAccepted();
            sagaStartLoop.kick();
        });
        return new Acceptance(id, false);
    }

    private Optional<Acceptance> earlierAcceptance(IdempotencyKey key, NewOrder order, OrderId newId) {
        String fingerprint = RequestFingerprint.of(order);
        if (idempotencyKeys.claim(key, fingerprint, newId, properties.idempotencyTtl())) {
            return Optional.empty();
        }
        IdempotencyKeyRepository.Claim claim = idempotencyKeys.find(key)
                .orElseThrow(() -> new IllegalStateException("idempotency key vanished: " + key.value()));
        if (!claim.requestHash().equals(fingerprint)) {
            throw new IdempotencyKeyReusedException(key);
        }
        return Optional.of(new Acceptance(claim.orderId(), true));
    }
}
