package dev.quickbite.embedded.zeebe;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the in-memory Zeebe engine with its gRPC gateway in its own JVM (its gRPC version clashes
 * with the services'), prints one {@code QUICKBITE-READY} line when it serves, and exits with
 * {@link #EXIT_ENGINE_DEAD} when the engine stops processing, so the launcher can report it.
 */
public final class EmbeddedZeebeApplication {

    static final int EXIT_BAD_ARGUMENTS = 2;
    static final int EXIT_ENGINE_DEAD = 3;

    private static final Logger log = LoggerFactory.getLogger(EmbeddedZeebeApplication.class);

    private EmbeddedZeebeApplication() {
    }

    public static void main(String[] args) {
        ZeebeOptions options;
        try {
            options = ZeebeOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(EXIT_BAD_ARGUMENTS);
            return;
        }
        try {
            run(options);
        } catch (Throwable e) {
            log.error("embedded Zeebe failed", e);
            Runtime.getRuntime().halt(1);
        }
    }

    private static void run(ZeebeOptions options) throws Exception {
        ZeebeTestEngine engine = EngineFactory.create(options.port());
        engine.start();
        ZeebeClient client = engine.createClient();
        EngineProbe probe = new EngineProbe(client, options.watchdogInterval().multipliedBy(2));
        probe.probe();
        // halt: the engine's own threads would otherwise keep a dead engine's JVM alive.
        EngineWatchdog watchdog = new EngineWatchdog(probe::probe, options.watchdogFailures(),
                () -> Runtime.getRuntime().halt(EXIT_ENGINE_DEAD));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            watchdog.close();
            client.close();
            engine.stop();
            log.info("Zeebe engine stopped");
            stopped.countDown();
        }, "embedded-zeebe-shutdown"));
        watchdog.start(options.watchdogInterval());
        log.info("Zeebe engine is up, gateway at {}", engine.getGatewayAddress());
        System.out.println(readyLine(options));
        System.out.flush();
        stopped.await();
    }

    static String readyLine(ZeebeOptions options) {
        return "QUICKBITE-READY embedded-zeebe port=" + options.port();
    }
}
