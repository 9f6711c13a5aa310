package dev.quickbite.gateway.order;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param deadline        how long a saga may run before its timer cancels it (saga variable orderDeadline)
 * @param idempotencyTtl  how long an Idempotency-Key is remembered
 */
@ConfigurationProperties("quickbite.orders")
public record OrdersProperties(
        @DefaultValue("PT2M") Duration deadline,
        @DefaultValue("PT24H") Duration idempotencyTtl) {
}
