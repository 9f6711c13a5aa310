package dev.quickbite.launcher;

/** A component died or did not become ready; the message ends with the tail of its log. */
public final class ComponentFailedException extends RuntimeException {

    private final Component component;

    ComponentFailedException(Component component, String reason, LogFile log) {
        super(component.displayName() + " " + reason + "; last lines of " + log.path() + ":"
                + System.lineSeparator() + log.tail(40));
        this.component = component;
    }

    public Component component() {
        return component;
    }
}
