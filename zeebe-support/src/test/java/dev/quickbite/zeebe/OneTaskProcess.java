package dev.quickbite.zeebe;

import dev.quickbite.contract.JobType;
import dev.quickbite.contract.SagaError;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.util.Map;

/**
 * start -> service task {@code task} (the job type under test, 3 retries) -> end {@code done};
 * an error boundary event {@code rejected} catches {@code INSUFFICIENT_STOCK} and ends in
 * {@code cancelled}.
 */
final class OneTaskProcess {

    static final String PROCESS_ID = "one-task";
    static final JobType JOB_TYPE = JobType.RESERVE_STOCK;
    static final SagaError CAUGHT_ERROR = SagaError.INSUFFICIENT_STOCK;
    static final int RETRIES = 3;

    private OneTaskProcess() {
    }

    static BpmnModelInstance model() {
        return Bpmn.createExecutableProcess(PROCESS_ID)
                .startEvent("start")
                .serviceTask("task", task -> task.zeebeJobType(JOB_TYPE.type()).zeebeJobRetries(String.valueOf(RETRIES)))
                .boundaryEvent("rejected", event -> event.error(CAUGHT_ERROR.code()))
                .endEvent("cancelled")
                .moveToActivity("task")
                .endEvent("done")
                .done();
    }

    static void deploy(ZeebeClient client) {
        client.newDeployResourceCommand().addProcessModel(model(), PROCESS_ID + ".bpmn").send().join();
    }

    static long start(ZeebeClient client, Map<String, Object> variables) {
        return client.newCreateInstanceCommand()
                .bpmnProcessId(PROCESS_ID)
                .latestVersion()
                .variables(variables)
                .send()
                .join()
                .getProcessInstanceKey();
    }
}
