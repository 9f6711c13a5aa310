package dev.quickbite.zeebe;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code quickbite.zeebe.*}.
 *
 * @param gatewayAddress      host:port of the Zeebe gateway (gRPC)
 * @param plaintext           no TLS (local and in-cluster gateways)
 * @param jobTimeout          how long a job stays with a worker; a killed worker's jobs come back after it
 * @param maxJobsActive       jobs a worker holds at once
 * @param executionThreads    threads that run job handlers
 * @param requestTimeout      timeout of commands sent to the gateway
 * @param retryBackoffInitial wait before the first retry of a failed job
 * @param retryBackoffMax     longest wait between retries
 * @param fault               test-only fault injection
 */
@ConfigurationProperties("quickbite.zeebe")
public record ZeebeProperties(
        @DefaultValue("localhost:26500") String gatewayAddress,
        @DefaultValue("true") boolean plaintext,
        @DefaultValue("PT15S") Duration jobTimeout,
        @DefaultValue("32") int maxJobsActive,
        @DefaultValue("4") int executionThreads,
        @DefaultValue("PT10S") Duration requestTimeout,
        @DefaultValue("PT1S") Duration retryBackoffInitial,
        @DefaultValue("PT30S") Duration retryBackoffMax,
        @DefaultValue Fault fault) {

    public ZeebeProperties {
        if (gatewayAddress == null || gatewayAddress.isBlank()) {
            throw new IllegalArgumentException("quickbite.zeebe.gateway-address is required");
        }
        requirePositive(jobTimeout, "job-timeout");
        requirePositive(requestTimeout, "request-timeout");
        if (maxJobsActive <= 0 || executionThreads <= 0) {
            throw new IllegalArgumentException("quickbite.zeebe.max-jobs-active and execution-threads must be positive");
        }
    }

    public RetryBackoff retryBackoff() {
        return new RetryBackoff(retryBackoffInitial, retryBackoffMax);
    }

    /**
     * TEST ONLY. {@code haltAfterHandle}: a job type whose handler halts the JVM (exit 137) right
     * after the worker's own work committed and before the job is completed, the way a killed
     * pod would. System tests use it to prove that redelivered jobs are handled idempotently.
     * Never set it in production.
     */
    public record Fault(@DefaultValue("") String haltAfterHandle) {
        public boolean haltsAfter(String jobType) {
            return !haltAfterHandle.isBlank() && haltAfterHandle.equals(jobType);
        }

        public boolean enabled() {
            return !haltAfterHandle.isBlank();
        }
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException("quickbite.zeebe." + name + " must be positive, was " + value);
        }
    }
}
