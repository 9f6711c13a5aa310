package dev.quickbite.zeebe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quickbite.contract.SagaError;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobOutcomeTest {

    @Test
    void completeWithoutVariablesHasAnEmptyMap() {
        assertThat(JobOutcome.complete()).isEqualTo(new JobOutcome.Complete(Map.of()));
    }

    @Test
    void completeKeepsNullVariablesAndCopiesTheMap() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("note", null);
        JobOutcome.Complete complete = (JobOutcome.Complete) JobOutcome.complete(variables);
        variables.put("later", 1);

        assertThat(complete.variables()).containsOnlyKeys("note");
    }

    @Test
    void bpmnErrorNeedsAnErrorAndDefaultsItsMessageToTheCode() {
        assertThat(JobOutcome.bpmnError(SagaError.UNKNOWN_SKU, null))
                .isEqualTo(new JobOutcome.BpmnError(SagaError.UNKNOWN_SKU, "UNKNOWN_SKU"));
        assertThatThrownBy(() -> JobOutcome.bpmnError(null, "x")).isInstanceOf(NullPointerException.class);
    }
}
