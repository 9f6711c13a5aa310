package dev.quickbite.deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One service of the compose file, with variables resolved to their defaults. */
record ComposeService(String name, Map<String, Object> definition) {

    String image() {
        return interpolated(Yamls.string(definition, "image"));
    }

    Map<String, String> buildArgs() {
        return stringMap(Yamls.at(definition, "build.args"));
    }

    Optional<String> buildContext() {
        return Optional.ofNullable(Yamls.string(definition, "build.context")).map(ComposeService::interpolated);
    }

    Optional<String> dockerfile() {
        return Optional.ofNullable(Yamls.string(definition, "build.dockerfile")).map(ComposeService::interpolated);
    }

    /** Environment in either compose form: a mapping or a list of NAME=value. */
    Map<String, String> environment() {
        return stringMap(definition.get("environment"));
    }

    /** The container side of every published port ("host:container" or "container"). */
    List<Integer> containerPorts() {
        List<Integer> ports = new ArrayList<>();
        for (Object port : Yamls.asList(definition.get("ports"), name + ".ports")) {
            String mapping = interpolated(String.valueOf(port)).replaceFirst("/(tcp|udp)$", "");
            ports.add(Integer.parseInt(mapping.substring(mapping.lastIndexOf(':') + 1)));
        }
        return ports;
    }

    /** Published ports as host port to container port, defaults applied ("host:container" entries only). */
    Map<Integer, Integer> publishedPorts() {
        Map<Integer, Integer> published = new LinkedHashMap<>();
        for (Object port : Yamls.asList(definition.get("ports"), name + ".ports")) {
            String[] parts = interpolated(String.valueOf(port)).replaceFirst("/(tcp|udp)$", "").split(":");
            if (parts.length >= 2) {
                published.put(Integer.parseInt(parts[parts.length - 2]), Integer.parseInt(parts[parts.length - 1]));
            }
        }
        return published;
    }

    /** depends_on as service name to condition (short list form means service_started). */
    Map<String, String> dependsOn() {
        Object dependsOn = definition.get("depends_on");
        Map<String, String> conditions = new LinkedHashMap<>();
        if (dependsOn instanceof List<?> names) {
            names.forEach(dependency -> conditions.put(String.valueOf(dependency), "service_started"));
        } else {
            Yamls.asMap(dependsOn, name + ".depends_on").forEach((dependency, options) -> conditions.put(dependency,
                    String.valueOf(Yamls.asMap(options, dependency).getOrDefault("condition", "service_started"))));
        }
        return conditions;
    }

    boolean hasHealthcheck() {
        Map<String, Object> healthcheck = Yamls.asMap(definition.get("healthcheck"), name + ".healthcheck");
        return healthcheck.get("test") != null && !Boolean.TRUE.equals(healthcheck.get("disable"));
    }

    List<String> volumes() {
        return Yamls.asList(definition.get("volumes"), name + ".volumes").stream()
                .map(volume -> interpolated(String.valueOf(volume)))
                .toList();
    }

    private Map<String, String> stringMap(Object value) {
        Map<String, String> result = new LinkedHashMap<>();
        if (value instanceof List<?> entries) {
            for (Object entry : entries) {
                String text = String.valueOf(entry);
                int equals = text.indexOf('=');
                result.put(equals < 0 ? text : text.substring(0, equals), equals < 0 ? "" : interpolated(text.substring(equals + 1)));
            }
        } else {
            Yamls.asMap(value, name).forEach((key, entry) -> result.put(key, interpolated(String.valueOf(entry))));
        }
        return result;
    }

    private static String interpolated(String text) {
        return text == null ? null : ComposeInterpolation.withDefaults(text);
    }
}
