package dev.quickbite.zeebe;

/**
 * A job variable is missing or malformed. Retrying cannot fix the job's input, so the job fails
 * at once with no retries left and raises an incident that names the variable.
 */
public class InvalidJobVariableException extends IllegalArgumentException {

    public InvalidJobVariableException(String message) {
        super(message);
    }
}
