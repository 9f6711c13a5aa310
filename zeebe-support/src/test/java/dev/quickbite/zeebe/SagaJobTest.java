package dev.quickbite.zeebe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SagaJobTest {

    private static SagaJob jobWith(String name, Object value) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(name, value);
        return new SagaJob(42, 3, variables);
    }

    @Test
    void orderIdIsTheOrderIdVariable() {
        assertThat(jobWith("orderId", "o-1").orderId()).isEqualTo("o-1");
    }

    @Test
    void missingOrderIdIsAClearError() {
        assertThatThrownBy(() -> new SagaJob(42, 3, Map.of()).orderId())
                .isInstanceOf(IllegalArgumentException.class)
                .isInstanceOf(InvalidJobVariableException.class)
                .hasMessage("job 42: variable 'orderId' is required");
    }

    @Test
    void blankOrNullRequiredStringIsRejected() {
        assertThatThrownBy(() -> jobWith("sku", "  ").requiredString("sku"))
                .isInstanceOf(InvalidJobVariableException.class).hasMessageContaining("'sku' is required");
        assertThatThrownBy(() -> jobWith("sku", null).requiredString("sku"))
                .isInstanceOf(InvalidJobVariableException.class).hasMessageContaining("'sku' is required");
    }

    @Test
    void nonStringWhereAStringIsExpectedIsRejected() {
        assertThatThrownBy(() -> jobWith("sku", 7).requiredString("sku"))
                .isInstanceOf(InvalidJobVariableException.class)
                .hasMessage("job 42: variable 'sku' must be a string, was Integer '7'");
    }

    @Test
    void optionalStringIsEmptyWhenMissingNullOrBlank() {
        assertThat(new SagaJob(1, 1, Map.of()).optionalString("note")).isEmpty();
        assertThat(jobWith("note", null).optionalString("note")).isEmpty();
        assertThat(jobWith("note", "").optionalString("note")).isEmpty();
        assertThat(jobWith("note", "no onions").optionalString("note")).contains("no onions");
    }

    @Test
    void requiredIntAcceptsEveryWholeNumberRepresentation() {
        assertThat(jobWith("quantity", 3).requiredInt("quantity")).isEqualTo(3);
        assertThat(jobWith("quantity", 3L).requiredInt("quantity")).isEqualTo(3);
        assertThat(jobWith("quantity", 3.0d).requiredInt("quantity")).isEqualTo(3);
        assertThat(jobWith("quantity", " 12 ").requiredInt("quantity")).isEqualTo(12);
        assertThat(jobWith("quantity", -4).requiredInt("quantity")).isEqualTo(-4);
    }

    @Test
    void requiredIntRejectsFractionsOverflowTextAndMissingValues() {
        assertThatThrownBy(() -> jobWith("quantity", 2.5d).requiredInt("quantity"))
                .isInstanceOf(InvalidJobVariableException.class)
                .hasMessageContaining("'quantity' must be a whole number in int range, was Double '2.5'");
        assertThatThrownBy(() -> jobWith("quantity", 3_000_000_000L).requiredInt("quantity"))
                .isInstanceOf(InvalidJobVariableException.class).hasMessageContaining("int range");
        assertThatThrownBy(() -> jobWith("quantity", "three").requiredInt("quantity"))
                .isInstanceOf(InvalidJobVariableException.class).hasMessageContaining("String 'three'");
        assertThatThrownBy(() -> jobWith("quantity", true).requiredInt("quantity"))
                .isInstanceOf(InvalidJobVariableException.class).hasMessageContaining("must be a whole number");
        assertThatThrownBy(() -> jobWith("quantity", null).requiredInt("quantity"))
                .isInstanceOf(InvalidJobVariableException.class).hasMessage("job 42: variable 'quantity' is required");
    }

    @Test
    void variablesCannotBeChangedThroughTheJob() {
        Map<String, Object> source = new HashMap<>(Map.of("orderId", "o-1"));
        SagaJob job = new SagaJob(1, 1, source);
        source.put("orderId", "changed");

        assertThat(job.orderId()).isEqualTo("o-1");
        assertThatThrownBy(() -> job.variables().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }
}
