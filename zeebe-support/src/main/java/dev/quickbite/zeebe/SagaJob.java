package dev.quickbite.zeebe;

import dev.quickbite.contract.SagaVariables;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A job as a {@link SagaJobWorker} sees it: its key, the retries it has left and the process
 * variables, with typed accessors that fail with a clear message on bad input.
 */
public record SagaJob(long key, int retries, Map<String, Object> variables) {

    public SagaJob {
        // LinkedHashMap, not Map.copyOf: a variable may legitimately be null.
        variables = variables == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }

    /** The saga's order id (variable {@code orderId}). */
    public String orderId() {
        return requiredString(SagaVariables.ORDER_ID);
    }

    /** @throws InvalidJobVariableException when the variable is missing, blank or not a string */
    public String requiredString(String name) {
        return optionalString(name).orElseThrow(() -> new InvalidJobVariableException(
                "job " + key + ": variable '" + name + "' is required"));
    }

    /** The variable, or empty when it is missing, null or blank. */
    public Optional<String> optionalString(String name) {
        Object value = variables.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            throw invalid(name, value, "a string");
        }
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    /**
     * Accepts any whole number that fits an int, as a number or a numeric string: JSON and FEEL
     * do not keep Java's integer types apart.
     *
     * @throws InvalidJobVariableException when missing or not a whole number in int range
     */
    public int requiredInt(String name) {
        Object value = variables.get(name);
        if (value == null) {
            throw new InvalidJobVariableException("job " + key + ": variable '" + name + "' is required");
        }
        try {
            BigDecimal number = switch (value) {
                case Number n -> new BigDecimal(n.toString());
                case String s -> new BigDecimal(s.strip());
                default -> throw invalid(name, value, "a whole number");
            };
            return number.intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw invalid(name, value, "a whole number in int range");
        }
    }

    private InvalidJobVariableException invalid(String name, Object value, String expected) {
        return new InvalidJobVariableException("job " + key + ": variable '" + name + "' must be " + expected
                + ", was " + value.getClass().getSimpleName() + " '" + value + "'");
    }
}
