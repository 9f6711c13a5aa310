package dev.quickbite.gateway.web;

/** One entry of a problem's {@code errors} array: which input was wrong and why. */
public record FieldProblem(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
