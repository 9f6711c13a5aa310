package dev.quickbite.embedded.infra;

import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs PostgreSQL and Kafka for the embedded QuickBite stack in one process, with their data
 * under one directory, and prints one {@code QUICKBITE-READY} line on stdout once both serve.
 */
public final class EmbeddedInfraApplication {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedInfraApplication.class);

    private EmbeddedInfraApplication() {
    }

    public static void main(String[] args) {
        InfraOptions options;
        try {
            options = InfraOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        try {
            EmbeddedInfra infra = EmbeddedInfra.start(options);
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                infra.close();
                stopped.countDown();
            }, "embedded-infra-shutdown"));
            System.out.println(readyLine(options));
            System.out.flush();
            stopped.await();
        } catch (Throwable e) {
            log.error("embedded infrastructure failed to start", e);
            // halt, not exit: a half-started Kafka or PostgreSQL must not keep the JVM alive.
            Runtime.getRuntime().halt(1);
        }
    }

    static String readyLine(InfraOptions options) {
        return "QUICKBITE-READY embedded-infra postgres=" + options.postgresPort() + " kafka=" + options.kafkaPort();
    }
}
