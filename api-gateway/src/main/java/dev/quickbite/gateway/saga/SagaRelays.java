package dev.quickbite.gateway.saga;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The two loops that carry committed rows to the engine. */
@Configuration(proxyBeanMethods = false)
public class SagaRelays {

    /** Kicked after each accepted order. */
    public static final String STARTS = "sagaStartLoop";
    /** Kicked after each accepted cancellation. */
    public static final String COMMANDS = "sagaCommandLoop";

    @Bean(STARTS)
    EngineRelayLoop sagaStartLoop(SagaStarter starter, RelayProperties properties) {
        return new EngineRelayLoop("saga-starter", starter, properties);
    }

    @Bean(COMMANDS)
    EngineRelayLoop sagaCommandLoop(SagaCommandRelay relay, RelayProperties properties) {
        return new EngineRelayLoop("saga-command-relay", relay, properties);
    }
}
