package dev.quickbite.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The root Dockerfile builds small, non-root, self-checking service images")
class DockerfileTest {

    private final Repository repository = Repository.current();
    private final String dockerfile = repository.read("Dockerfile");

    @Test
    void buildsTheModulesRunnableJarWithTheWrapperOnAJdk21() {
        assertThat(dockerfile)
                .contains("ARG JDK_IMAGE=eclipse-temurin:21-jdk")
                .contains("./mvnw -B -ntp -pl \"${MODULE}\" -am package -DskipTests -Dbpmnlint.skip=true")
                .contains("${MODULE}/target/${MODULE}-exec.jar");
    }

    @Test
    void runsOnAJreAsANonRootUser() {
        assertThat(dockerfile).containsPattern("ARG JRE_IMAGE=eclipse-temurin:21-jre(-alpine)?\\n");
        assertThat(dockerfile).containsPattern("(?m)^USER 10001:10001$");
    }

    @Test
    void sizesTheHeapFromTheContainerLimit() {
        assertThat(dockerfile).contains("-XX:MaxRAMPercentage=75").contains("-XX:+ExitOnOutOfMemoryError");
    }

    @Test
    void checksReadinessOnTheServicePort() {
        assertThat(dockerfile).containsPattern("(?s)HEALTHCHECK .*http://127\\.0\\.0\\.1:\\$\\{SERVER_PORT}/actuator/health/readiness");
    }

    @Test
    void startsTheJvmAsPid1SoItReceivesSigterm() {
        assertThat(dockerfile).contains("ENTRYPOINT [\"java\", \"-jar\", \"/app/app.jar\"]");
    }

    @Test
    void keepsBuildOutputAndDeploymentFilesOutOfTheContext() {
        assertThat(repository.read(".dockerignore")).contains("**/target/").contains(".git/");
    }
}
