package dev.quickbite.zeebe;

import dev.quickbite.contract.SagaError;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** What a {@link SagaJobWorker} decided: complete the job, or throw a BPMN (business) error. */
public sealed interface JobOutcome {

    static JobOutcome complete() {
        return new Complete(Map.of());
    }

    static JobOutcome complete(Map<String, Object> variables) {
        return new Complete(variables);
    }

    /** BPMN error: also sets variable cancelReason = error.cancelReason(). */
    static JobOutcome bpmnError(SagaError error, String message) {
        return new BpmnError(error, message);
    }

    /** Completes the job, merging {@code variables} into the process. */
    record Complete(Map<String, Object> variables) implements JobOutcome {
        public Complete {
            variables = variables == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        }
    }

    /** Throws {@code error.code()} for the model to catch; the message shows in Operate. */
    record BpmnError(SagaError error, String message) implements JobOutcome {
        public BpmnError {
            Objects.requireNonNull(error, "error");
            message = message == null || message.isBlank() ? error.code() : message;
        }
    }
}
