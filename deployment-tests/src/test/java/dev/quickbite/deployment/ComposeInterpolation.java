package dev.quickbite.deployment;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compose variable substitution with nothing set in the environment: {@code ${VAR:-default}} and
 * {@code ${VAR-default}} become the default, {@code $$} a literal dollar. A {@code ${VAR}} without a
 * default is an error, because the stack must start with no .env file at all.
 */
final class ComposeInterpolation {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*))?}");

    private ComposeInterpolation() {
    }

    static String withDefaults(String text) {
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String replacement;
            if (matcher.group().equals("$$")) {
                replacement = "$";
            } else if (matcher.group(2) == null) {
                throw new IllegalArgumentException("${" + matcher.group(1) + "} has no default: " + text);
            } else {
                replacement = matcher.group(3);
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    static Set<String> variablesIn(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = VARIABLE.matcher(text);
        while (matcher.find()) {
            if (matcher.group(1) != null) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }
}
