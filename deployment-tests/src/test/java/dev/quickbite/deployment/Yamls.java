package dev.quickbite.deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** YAML loading and navigation for untyped documents (compose, Kubernetes, Spring configuration). */
final class Yamls {

    private Yamls() {
    }

    static List<Map<String, Object>> loadAll(String text) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(text)) {
            if (document != null) {
                documents.add(asMap(document, "document"));
            }
        }
        return documents;
    }

    static Map<String, Object> load(String text) {
        List<Map<String, Object>> documents = loadAll(text);
        if (documents.size() != 1) {
            throw new IllegalArgumentException("expected one YAML document, found " + documents.size());
        }
        return documents.getFirst();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value, String what) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(what + " is not a mapping: " + value);
        }
        return (Map<String, Object>) map;
    }

    @SuppressWarnings("unchecked")
    static List<Object> asList(Object value, String what) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException(what + " is not a sequence: " + value);
        }
        return (List<Object>) list;
    }

    /** The value at a dotted path of mapping keys, or null when any step is missing. */
    static Object at(Map<String, Object> root, String path) {
        Object current = root;
        for (String key : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }

    static String string(Map<String, Object> root, String path) {
        Object value = at(root, path);
        return value == null ? null : String.valueOf(value);
    }

    /** Nested mappings as dotted keys ({@code server.port}); sequences as {@code key[0]}. */
    static Map<String, Object> flatten(Map<String, Object> root) {
        Map<String, Object> flat = new LinkedHashMap<>();
        flattenInto("", root, flat);
        return flat;
    }

    private static void flattenInto(String prefix, Object value, Map<String, Object> flat) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> flattenInto(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, child, flat));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flattenInto(prefix + "[" + i + "]", list.get(i), flat);
            }
        } else {
            flat.put(prefix, value);
        }
    }
}
