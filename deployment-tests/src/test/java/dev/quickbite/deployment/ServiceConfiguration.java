package dev.quickbite.deployment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's own configuration, read from its src/main/resources/application.yaml: the defaults
 * it runs with when nothing is overridden. Profile-specific documents are ignored, because the
 * deployments run the default profile.
 */
final class ServiceConfiguration {

    /** Properties without which a service cannot reach its infrastructure: a deployment must set each one. */
    static final List<String> INFRASTRUCTURE_PROPERTIES = List.of(
            "spring.datasource.url",
            "spring.datasource.username",
            "spring.datasource.password",
            "spring.kafka.bootstrap-servers",
            "quickbite.zeebe.gateway-address");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^:}]+)(?::([^}]*))?}");

    private final ServiceModule service;
    private final Map<String, Object> properties;

    private ServiceConfiguration(ServiceModule service, Map<String, Object> properties) {
        this.service = service;
        this.properties = properties;
    }

    static ServiceConfiguration of(Repository repository, ServiceModule service) {
        String file = java.nio.file.Files.isRegularFile(repository.resolve(service.applicationYml()))
                && !java.nio.file.Files.isRegularFile(repository.resolve(service.applicationYaml()))
                ? service.applicationYml() : service.applicationYaml();
        String text = repository.read(file);
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Map<String, Object> document : Yamls.loadAll(text)) {
            if (Yamls.at(document, "spring.config.activate.on-profile") == null) {
                properties.putAll(Yamls.flatten(document));
            }
        }
        return new ServiceConfiguration(service, properties);
    }

    ServiceModule service() {
        return service;
    }

    /** The effective default of a property, placeholders resolved to their defaults or to other properties. */
    Optional<String> property(String name) {
        Object value = properties.get(name);
        return value == null ? Optional.empty() : Optional.of(resolve(String.valueOf(value), 0));
    }

    String required(String name) {
        return property(name).orElseThrow(() -> new AssertionError(
                service.applicationYaml() + " does not declare " + name));
    }

    int serverPort() {
        return Integer.parseInt(required("server.port"));
    }

    /** Where /actuator/** answers: the management port when one is configured, else the server port. */
    int actuatorPort() {
        return property("management.server.port").map(Integer::parseInt).orElseGet(this::serverPort);
    }

    String actuatorBasePath() {
        return property("management.endpoints.web.base-path").orElse("/actuator");
    }

    /** Spring only serves /health/liveness and /health/readiness with probes on (or on Kubernetes). */
    boolean healthProbesEnabled() {
        return property("management.endpoint.health.probes.enabled").map(Boolean::parseBoolean).orElse(false);
    }

    JdbcUrl datasourceUrl() {
        return JdbcUrl.parse(required("spring.datasource.url"));
    }

    private String resolve(String value, int depth) {
        if (depth > 10) {
            throw new IllegalStateException("placeholder cycle in " + service.applicationYaml() + ": " + value);
        }
        Matcher matcher = PLACEHOLDER.matcher(value);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String key = matcher.group(1);
            String fallback = matcher.group(2);
            Object referenced = properties.get(key);
            String replacement = referenced != null ? resolve(String.valueOf(referenced), depth + 1)
                    : fallback != null ? resolve(fallback, depth + 1)
                    : matcher.group();
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
