package dev.quickbite.bpmn;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pins the Zeebe 8.8 behaviour the saga model was designed around, on a probe model: a
 * compensation throw event inside an interrupting event subprocess compensates the completed
 * activities of the parent scope, and only those. An activity interrupted while its job was
 * running is not compensated, which is why order-saga's cancellation and deadline paths call
 * Release stock directly instead of throwing compensation (see docs/saga.md).
 */
@ZeebeProcessTest
class EngineCompensationBehaviourTest {

    private static final String KEY = "probe-1";

    private ZeebeTestEngine engine;
    private ZeebeClient client;

    @BeforeEach
    void deployProbe() {
        client.newDeployResourceCommand()
                .addResourceFromClasspath("engine-behaviour/compensation-from-event-subprocess.bpmn")
                .send()
                .join();
    }

    @Test
    void compensationThrownInAnEventSubprocessCompensatesACompletedActivity() throws Exception {
        // given
        ProcessInstanceEvent instance = start();
        complete(activate("probe-step"));
        assertThat(activate("probe-wait")).hasSize(1);

        // when
        cancel();

        // then
        List<ActivatedJob> undo = activate("probe-undo");
        assertThat(undo).hasSize(1);
        complete(undo);
        assertThat(instance).isCompleted().hasPassedElement("Task_UndoStep").hasPassedElement("End_Cancelled");
    }

    @Test
    void activityInterruptedWhileItsJobRanIsNotCompensated() throws Exception {
        // given
        ProcessInstanceEvent instance = start();
        assertThat(activate("probe-step")).hasSize(1);

        // when
        cancel();

        // then
        assertThat(activate("probe-undo")).isEmpty();
        assertThat(instance).isCompleted().hasNotPassedElement("Task_UndoStep").hasPassedElement("End_Cancelled");
    }

    private ProcessInstanceEvent start() throws Exception {
        ProcessInstanceEvent instance = client.newCreateInstanceCommand()
                .bpmnProcessId("compensation-probe")
                .latestVersion()
                .variables(Map.of("key", KEY))
                .send()
                .join();
        idle();
        return instance;
    }

    private void cancel() throws Exception {
        client.newPublishMessageCommand().messageName("ProbeCancel").correlationKey(KEY).send().join();
        idle();
    }

    private List<ActivatedJob> activate(String type) throws Exception {
        idle();
        return client.newActivateJobsCommand()
                .jobType(type)
                .maxJobsToActivate(5)
                .requestTimeout(Duration.ofMillis(200))
                .send()
                .join()
                .getJobs();
    }

    private void complete(List<ActivatedJob> jobs) throws Exception {
        for (ActivatedJob job : jobs) {
            client.newCompleteCommand(job).send().join();
        }
        idle();
    }

    private void idle() throws Exception {
        engine.waitForIdleState(Duration.ofSeconds(10));
    }
}
