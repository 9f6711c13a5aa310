package dev.quickbite.gateway.order;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Forgets idempotency keys older than quickbite.orders.idempotency-ttl. */
@Component
public class IdempotencyKeyPurger {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyPurger.class);

    private final IdempotencyKeyRepository keys;
    private final OrdersProperties properties;

    public IdempotencyKeyPurger(IdempotencyKeyRepository keys, OrdersProperties properties) {
        this.keys = keys;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${quickbite.orders.idempotency-purge-interval:PT10M}", initialDelayString = "PT1M")
    public void purge() {
        try {
            int purged = keys.deleteOlderThan(properties.idempotencyTtl());
            if (purged > 0) {
                log.info("Purged {} expired idempotency keys", purged);
            }
        } catch (RuntimeException e) {
            log.warn("Cannot purge idempotency keys now, will try again: {}", e.toString());
        }
    }
}
