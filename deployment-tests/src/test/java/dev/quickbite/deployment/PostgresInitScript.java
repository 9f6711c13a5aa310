package dev.quickbite.deployment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The PostgreSQL init script shared by compose/ and k8s/: which database it creates for which owner. */
record PostgresInitScript(String text) {

    static final String DIRECTORY = "k8s/base/postgres/initdb";
    static final String PATH = DIRECTORY + "/10-quickbite-databases.sh";
    private static final Pattern CREATE = Pattern.compile("(?m)^create_database\\s+(\\S+)\\s+(\\S+)\\s+\"\\$\\{(\\w+)");

    static PostgresInitScript load(Repository repository) {
        return new PostgresInitScript(repository.read(PATH));
    }

    /** Database name to owning role. */
    Map<String, String> owners() {
        Map<String, String> owners = new LinkedHashMap<>();
        Matcher matcher = CREATE.matcher(text);
        while (matcher.find()) {
            owners.put(matcher.group(1), matcher.group(2));
        }
        return owners;
    }

    /** Database name to the environment variable holding its owner's password. */
    Map<String, String> passwordVariables() {
        Map<String, String> variables = new LinkedHashMap<>();
        Matcher matcher = CREATE.matcher(text);
        while (matcher.find()) {
            variables.put(matcher.group(1), matcher.group(3));
        }
        return variables;
    }
}
