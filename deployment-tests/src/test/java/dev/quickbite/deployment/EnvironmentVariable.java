package dev.quickbite.deployment;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Spring Boot's relaxed binding from a property name to the environment variables that set it. */
final class EnvironmentVariable {

    private EnvironmentVariable() {
    }

    /**
     * The names Spring binds to {@code property}: the canonical form (dots to underscores, dashes
     * dropped: {@code QUICKBITE_ZEEBE_GATEWAYADDRESS}) and the form with dashes turned into
     * underscores that docs/conventions.md uses ({@code QUICKBITE_ZEEBE_GATEWAY_ADDRESS}).
     */
    static Set<String> acceptedNamesFor(String property) {
        String indexed = property.replace("[", "_").replace("]", "").replace('.', '_');
        return new TreeSet<>(List.of(
                indexed.replace("-", "").toUpperCase(Locale.ROOT),
                indexed.replace('-', '_').toUpperCase(Locale.ROOT)));
    }
}
