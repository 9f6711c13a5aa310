package dev.quickbite.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Boot with every auto-configuration on the test classpath, outbox's included via its imports file. */
@SpringBootConfiguration
@EnableAutoConfiguration
class OutboxTestApplication {

    /** Services get theirs from actuator; this module has no metrics auto-configuration. */
    @Bean
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }
}
