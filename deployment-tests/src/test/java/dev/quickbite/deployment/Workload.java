package dev.quickbite.deployment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A Deployment (or StatefulSet) and its first container, with environment references resolved. */
record Workload(Map<String, Object> resource, KubernetesManifests manifests) {

    String name() {
        return Yamls.string(resource, "metadata.name");
    }

    Map<String, Object> container() {
        List<Object> containers = Yamls.asList(Yamls.at(resource, "spec.template.spec.containers"), name() + " containers");
        if (containers.isEmpty()) {
            throw new AssertionError(name() + " has no container");
        }
        return Yamls.asMap(containers.getFirst(), name() + " container");
    }

    Map<String, String> podLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        Yamls.asMap(Yamls.at(resource, "spec.template.metadata.labels"), "pod labels")
                .forEach((key, value) -> labels.put(key, String.valueOf(value)));
        return labels;
    }

    String image() {
        return String.valueOf(container().get("image"));
    }

    /** Container ports by name. */
    Map<String, Integer> ports() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (Object port : Yamls.asList(container().get("ports"), name() + " ports")) {
            Map<String, Object> definition = Yamls.asMap(port, "port");
            ports.put(String.valueOf(definition.get("name")), ((Number) definition.get("containerPort")).intValue());
        }
        return ports;
    }

    /** The probe's HTTP GET as path and port number (a named port resolved), or empty when it is no HTTP probe. */
    Optional<HttpProbe> httpProbe(String probe) {
        Map<String, Object> httpGet = Yamls.asMap(Yamls.at(container(), probe + ".httpGet"), probe);
        if (httpGet.isEmpty()) {
            return Optional.empty();
        }
        Object port = httpGet.get("port");
        int number = port instanceof Number n ? n.intValue() : Optional.ofNullable(ports().get(String.valueOf(port)))
                .orElseThrow(() -> new AssertionError(name() + " " + probe + " uses unknown port name " + port));
        return Optional.of(new HttpProbe(String.valueOf(httpGet.get("path")), number));
    }

    boolean declaresEnvironmentVariable(String variable) {
        return environment().containsKey(variable);
    }

    /**
     * Environment as the container sees it: literal values, values from ConfigMaps and Secrets
     * (env and envFrom) resolved from the rendered resources; a reference that cannot be resolved
     * maps to a description of the missing reference.
     */
    Map<String, EnvValue> environment() {
        Map<String, EnvValue> environment = new LinkedHashMap<>();
        for (Object source : Yamls.asList(container().get("envFrom"), "envFrom")) {
            Map<String, Object> from = Yamls.asMap(source, "envFrom");
            String configMap = Yamls.string(from, "configMapRef.name");
            if (configMap != null) {
                manifests.find("ConfigMap", configMap).ifPresent(map -> Yamls.asMap(map.get("data"), "data")
                        .forEach((key, value) -> environment.put(key, EnvValue.resolved(String.valueOf(value)))));
            }
            String secret = Yamls.string(from, "secretRef.name");
            if (secret != null) {
                manifests.find("Secret", secret).ifPresent(map -> Yamls.asMap(map.get("data"), "data")
                        .keySet().forEach(key -> environment.put(key, EnvValue.of(manifests.secretValue(secret, key), "secret " + secret))));
            }
        }
        for (Object entry : Yamls.asList(container().get("env"), "env")) {
            Map<String, Object> variable = Yamls.asMap(entry, "env entry");
            String name = String.valueOf(variable.get("name"));
            if (variable.containsKey("value")) {
                environment.put(name, EnvValue.resolved(String.valueOf(variable.get("value"))));
            } else {
                String secret = Yamls.string(variable, "valueFrom.secretKeyRef.name");
                String configMap = Yamls.string(variable, "valueFrom.configMapKeyRef.name");
                if (secret != null) {
                    String key = Yamls.string(variable, "valueFrom.secretKeyRef.key");
                    environment.put(name, EnvValue.of(manifests.secretValue(secret, key), "secret " + secret + " key " + key));
                } else if (configMap != null) {
                    String key = Yamls.string(variable, "valueFrom.configMapKeyRef.key");
                    environment.put(name, EnvValue.of(manifests.configMapValue(configMap, key), "configmap " + configMap + " key " + key));
                } else {
                    environment.put(name, EnvValue.unresolved("valueFrom " + variable.get("valueFrom")));
                }
            }
        }
        return environment;
    }

    record HttpProbe(String path, int port) {
    }

    /** An environment value, or why it could not be resolved from the rendered resources. */
    record EnvValue(String value, String unresolvedReference) {

        static EnvValue resolved(String value) {
            return new EnvValue(value, null);
        }

        static EnvValue unresolved(String reference) {
            return new EnvValue(null, reference);
        }

        static EnvValue of(Optional<String> value, String reference) {
            return value.map(EnvValue::resolved).orElseGet(() -> unresolved(reference));
        }

        boolean isResolved() {
            return value != null;
        }
    }
}
