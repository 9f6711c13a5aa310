package dev.quickbite.deployment;

import dev.quickbite.contract.Topics;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

/** Every topic saga-contract declares, read from {@link Topics} so a new constant cannot be forgotten. */
final class ContractTopics {

    private ContractTopics() {
    }

    static Set<String> all() {
        Set<String> topics = new TreeSet<>();
        for (Field field : Topics.class.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && field.getType() == String.class) {
                try {
                    topics.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read Topics." + field.getName(), e);
                }
            }
        }
        return topics;
    }

    /** Topic names from a whitespace-separated list such as QUICKBITE_TOPICS. */
    static Set<String> parse(String list) {
        return new TreeSet<>(Set.of(list.trim().split("\\s+")));
    }
}
