package dev.quickbite.deployment;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** compose/docker-compose.yml as Compose would see it with no variable set (every default applied). */
final class ComposeFile {

    static final String PATH = "compose/docker-compose.yml";

    private final String text;
    private final Map<String, Object> services;

    private ComposeFile(String text, Map<String, Object> document) {
        this.text = text;
        this.services = Yamls.asMap(document.get("services"), "services");
    }

    static ComposeFile load(Repository repository) {
        String text = repository.read(PATH);
        return new ComposeFile(text, Yamls.load(text));
    }

    Set<String> serviceNames() {
        return new TreeSet<>(services.keySet());
    }

    ComposeService service(String name) {
        Object service = services.get(name);
        if (service == null) {
            throw new AssertionError(PATH + " has no service '" + name + "' (has " + serviceNames() + ")");
        }
        return new ComposeService(name, Yamls.asMap(service, "service " + name));
    }

    /** Every variable the file reads from the environment ({@code ${NAME:-default}}). */
    Set<String> variables() {
        return new TreeSet<>(ComposeInterpolation.variablesIn(text));
    }
}
