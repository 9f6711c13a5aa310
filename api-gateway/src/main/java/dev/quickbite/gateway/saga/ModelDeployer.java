package dev.quickbite.gateway.saga;

import dev.quickbite.contract.OrderSagaProcess;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.DeploymentEvent;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Deploys the order saga model. Zeebe treats a redeploy of an identical model as a no-op, so the
 * gateway deploys at every start (retrying in the background until the engine answers) and again
 * whenever the engine says it does not know the process.
 */
@Component
public class ModelDeployer {

    private static final Logger log = LoggerFactory.getLogger(ModelDeployer.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final ZeebeClient zeebe;
    private final RelayProperties properties;
    private volatile Thread background;

    public ModelDeployer(ZeebeClient zeebe, RelayProperties properties) {
        if (!new ClassPathResource(OrderSagaProcess.CLASSPATH_RESOURCE).exists()) {
            throw new IllegalStateException("the saga model " + OrderSagaProcess.CLASSPATH_RESOURCE
                    + " is not on the classpath (dependency dev.quickbite:order-saga-bpmn)");
        }
        this.zeebe = zeebe;
        this.properties = properties;
    }

    /** Deploys now; throws when the engine cannot be reached or rejects the model. */
    public synchronized long deploy() {
        DeploymentEvent deployment = zeebe.newDeployResourceCommand()
                .addResourceFromClasspath(OrderSagaProcess.CLASSPATH_RESOURCE)
                .requestTimeout(properties.requestTimeout())
                .send()
                .join();
        long version = deployment.getProcesses().stream()
                .filter(p -> p.getBpmnProcessId().equals(OrderSagaProcess.PROCESS_ID))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("deployment holds no " + OrderSagaProcess.PROCESS_ID))
                .getVersion();
        log.info("Deployed {} (version {})", OrderSagaProcess.PROCESS_ID, version);
        return version;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void deployInBackground() {
        background = Thread.ofPlatform().name("model-deployer").daemon().start(this::deployUntilDone);
    }

    @EventListener(ContextClosedEvent.class)
    public void stopDeploying() {
        Thread thread = background;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void deployUntilDone() {
        Duration backoff = Duration.ofMillis(500);
        boolean warned = false;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                deploy();
                return;
            } catch (RuntimeException e) {
                if (!warned) {
                    log.warn("Cannot deploy {} yet, retrying in the background: {}",
                            OrderSagaProcess.CLASSPATH_RESOURCE, e.toString());
                    warned = true;
                }
            }
            try {
                Thread.sleep(backoff);
            } catch (InterruptedException e) {
                return;
            }
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }
}
