package dev.quickbite.gateway.saga;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway relays saga starts and commands from its database to the engine.
 *
 * @param pollInterval   how often each relay looks for rows another path did not handle
 * @param batchSize      rows handled per transaction
 * @param backoffMax     longest pause between attempts while the engine is unreachable
 * @param requestTimeout how long one engine request may take
 */
@ConfigurationProperties("quickbite.gateway.relay")
public record RelayProperties(
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("50") int batchSize,
        @DefaultValue("PT30S") Duration backoffMax,
        @DefaultValue("PT10S") Duration requestTimeout) {
}
