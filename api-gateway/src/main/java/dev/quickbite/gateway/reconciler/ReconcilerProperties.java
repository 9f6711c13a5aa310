package dev.quickbite.gateway.reconciler;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param interval    pause between passes
 * @param grace       how long past its deadline a saga must be silent before it counts as lost
 * @param maxRestarts restarts per order before the gateway gives up on it
 */
@ConfigurationProperties("quickbite.gateway.reconciler")
public record ReconcilerProperties(
        @DefaultValue("PT30S") Duration interval,
        @DefaultValue("PT1M") Duration grace,
        @DefaultValue("3") int maxRestarts) {
}
