package dev.quickbite.zeebe;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.ZeebeClientBuilder;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.net.URI;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * A {@link ZeebeClient} for {@code quickbite.zeebe.gateway-address} (unless the application has
 * one), a {@link JobWorkerRegistrar} for its {@link SagaJobWorker} beans, and, with actuator,
 * the {@code zeebe} health component.
 */
@AutoConfiguration(afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@EnableConfigurationProperties(ZeebeProperties.class)
public class ZeebeAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ZeebeAutoConfiguration.class);
    private static final int HALT_EXIT_CODE = 137;

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    ZeebeClient zeebeClient(ZeebeProperties properties, Environment environment) {
        ZeebeClientBuilder builder = ZeebeClient.newClientBuilder()
                .applyEnvironmentVariableOverrides(false)
                .preferRestOverGrpc(false)
                .grpcAddress(grpcAddress(properties))
                .defaultRequestTimeout(properties.requestTimeout())
                .defaultJobTimeout(properties.jobTimeout())
                .defaultJobWorkerMaxJobsActive(properties.maxJobsActive())
                .numJobWorkerExecutionThreads(properties.executionThreads())
                .defaultJobWorkerName(workerName(environment));
        if (properties.plaintext()) {
            builder.usePlaintext();
        }
        return builder.build();
    }

    @Bean
    JobWorkerRegistrar jobWorkerRegistrar(ZeebeClient zeebeClient, ObjectProvider<SagaJobWorker> workers,
            ZeebeProperties properties, Environment environment, ObjectProvider<MeterRegistry> meterRegistry) {
        if (properties.fault().enabled()) {
            log.warn("""
                    !!! TEST-ONLY FAULT INJECTION IS ON: quickbite.zeebe.fault.halt-after-handle={}. \
                    This process HALTS (exit {}) after handling any '{}' job, before completing it. \
                    Never set this outside tests. !!!""",
                    properties.fault().haltAfterHandle(), HALT_EXIT_CODE, properties.fault().haltAfterHandle());
        }
        return new JobWorkerRegistrar(zeebeClient, workers.orderedStream().toList(), properties,
                workerName(environment), meterRegistry.getIfAvailable(() -> Metrics.globalRegistry),
                () -> Runtime.getRuntime().halt(HALT_EXIT_CODE));
    }

    private static String workerName(Environment environment) {
        return environment.getProperty("spring.application.name", "quickbite-worker");
    }

    static URI grpcAddress(ZeebeProperties properties) {
        String address = properties.gatewayAddress().strip();
        if (address.contains("://")) {
            return URI.create(address);
        }
        return URI.create((properties.plaintext() ? "http://" : "https://") + address);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    @ConditionalOnEnabledHealthIndicator("zeebe")
    static class ZeebeHealthConfiguration {

        /** The bean name makes the health component {@code zeebe}. */
        @Bean
        @ConditionalOnMissingBean(name = "zeebeHealthIndicator")
        ZeebeHealthIndicator zeebeHealthIndicator(ZeebeClient zeebeClient) {
            return new ZeebeHealthIndicator(zeebeClient, Duration.ofSeconds(2));
        }
    }
}
