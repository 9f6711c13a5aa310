package dev.quickbite.bpmn;

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quickbite.contract.JobType;
import dev.quickbite.contract.OrderSagaProcess;
import dev.quickbite.contract.SagaError;
import dev.quickbite.contract.SagaMessage;
import dev.quickbite.contract.SagaVariables;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.CompensateEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.Error;
import io.camunda.zeebe.model.bpmn.instance.ErrorEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.EventDefinition;
import io.camunda.zeebe.model.bpmn.instance.Message;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeIoMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeOutput;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeSubscription;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The model and saga-contract name the same job types, errors and messages. */
class OrderSagaModelContractTest {

    private static BpmnModelInstance model;

    @BeforeAll
    static void readPackagedModel() throws IOException {
        try (InputStream stream = OrderSagaModelContractTest.class.getClassLoader()
                .getResourceAsStream(OrderSagaProcess.CLASSPATH_RESOURCE)) {
            assertThat(stream).as("classpath resource %s", OrderSagaProcess.CLASSPATH_RESOURCE).isNotNull();
            model = Bpmn.readModelFromStream(stream);
        }
        Bpmn.validateModel(model);
    }

    @Test
    void processIdIsTheContractsAndItIsExecutable() {
        Collection<Process> processes = model.getModelElementsByType(Process.class);

        assertThat(processes).singleElement().satisfies(process -> {
            assertThat(process.getId()).isEqualTo(OrderSagaProcess.PROCESS_ID);
            assertThat(process.isExecutable()).isTrue();
        });
    }

    @Test
    void serviceTasksUseExactlyTheJobTypesOfTheContract() {
        Set<String> modelTypes = serviceTasks().stream().map(task -> taskDefinition(task).getType()).collect(toSet());

        assertThat(modelTypes).isEqualTo(Arrays.stream(JobType.values()).map(JobType::type).collect(toSet()));
    }

    @Test
    void everyServiceTaskConfiguresRetries() {
        assertThat(serviceTasks()).allSatisfy(task -> assertThat(taskDefinition(task).getRetries())
                .as("retries of %s", task.getId())
                .isNotBlank()
                .satisfies(retries -> assertThat(Integer.parseInt(retries)).isGreaterThan(1)));
    }

    @Test
    void modelDefinesExactlyTheErrorCodesOfTheContract() {
        Set<String> modelCodes = model.getModelElementsByType(Error.class).stream()
                .map(Error::getErrorCode)
                .collect(toSet());

        assertThat(modelCodes).isEqualTo(Arrays.stream(SagaError.values()).map(SagaError::code).collect(toSet()));
    }

    @Test
    void everySagaErrorIsCaughtOnTheTaskWhoseJobTypeThrowsIt() {
        for (SagaError error : SagaError.values()) {
            List<BoundaryEvent> catching = errorBoundaryEvents().stream()
                    .filter(event -> error.code().equals(caughtCode(event)))
                    .toList();

            assertThat(catching).as("error boundary events catching %s", error).singleElement()
                    .satisfies(event -> assertThat(taskDefinition((ServiceTask) event.getAttachedTo()).getType())
                            .as("job type of the task %s is attached to", event.getId())
                            .isEqualTo(error.thrownBy().type()));
        }
    }

    @Test
    void everyErrorBoundaryEventCatchesASagaErrorCode() {
        Set<String> contractCodes = Arrays.stream(SagaError.values()).map(SagaError::code).collect(toSet());

        assertThat(errorBoundaryEvents()).isNotEmpty().allSatisfy(event -> assertThat(caughtCode(event))
                .as("code caught by %s (a catch-all would hide unknown errors)", event.getId())
                .isIn(contractCodes));
    }

    @Test
    void everyErrorBoundaryEventKeepsTheCancelReasonTheWorkerThrewWith() {
        // Zeebe keeps error variables local to the catch event unless an output mapping lifts them.
        assertThat(errorBoundaryEvents()).allSatisfy(event -> assertThat(outputs(event))
                .as("output mappings of %s", event.getId())
                .anySatisfy(output -> {
                    assertThat(output.getTarget()).isEqualTo(SagaVariables.CANCEL_REASON);
                    assertThat(output.getSource()).isEqualTo("=" + SagaVariables.CANCEL_REASON);
                }));
    }

    @Test
    void messagesAreExactlyTheContractsAndCorrelateOnTheOrderId() {
        Collection<Message> messages = model.getModelElementsByType(Message.class);

        assertThat(messages.stream().map(Message::getName).collect(toSet()))
                .isEqualTo(Arrays.stream(SagaMessage.values()).map(SagaMessage::messageName).collect(toSet()));
        assertThat(messages).allSatisfy(message -> assertThat(
                message.getSingleExtensionElement(ZeebeSubscription.class).getCorrelationKey())
                .isEqualTo("=" + SagaVariables.ORDER_ID));
    }

    @Test
    void everyErrorAndCompensationEventDefinitionHasAnId() {
        // Zeebe rejects such a definition without an id with a NullPointerException at deploy time.
        List<EventDefinition> definitions = model.getModelElementsByType(EventDefinition.class).stream()
                .filter(definition -> definition instanceof ErrorEventDefinition
                        || definition instanceof CompensateEventDefinition)
                .toList();

        assertThat(definitions).isNotEmpty().allSatisfy(definition -> assertThat(definition.getId()).isNotBlank());
    }

    private static Collection<ServiceTask> serviceTasks() {
        return model.getModelElementsByType(ServiceTask.class);
    }

    private static ZeebeTaskDefinition taskDefinition(ServiceTask task) {
        ZeebeTaskDefinition definition = task.getSingleExtensionElement(ZeebeTaskDefinition.class);
        assertThat(definition).as("zeebe:taskDefinition of %s", task.getId()).isNotNull();
        return definition;
    }

    private static List<BoundaryEvent> errorBoundaryEvents() {
        return model.getModelElementsByType(BoundaryEvent.class).stream()
                .filter(event -> event.getEventDefinitions().stream().anyMatch(ErrorEventDefinition.class::isInstance))
                .toList();
    }

    private static String caughtCode(BoundaryEvent event) {
        return event.getEventDefinitions().stream()
                .filter(ErrorEventDefinition.class::isInstance)
                .map(ErrorEventDefinition.class::cast)
                .map(ErrorEventDefinition::getError)
                .map(error -> error == null ? null : error.getErrorCode())
                .findFirst()
                .orElse(null);
    }

    private static Collection<ZeebeOutput> outputs(BoundaryEvent event) {
        ZeebeIoMapping mapping = event.getSingleExtensionElement(ZeebeIoMapping.class);
        return mapping == null ? List.of() : mapping.getOutputs();
    }
}
