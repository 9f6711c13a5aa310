package dev.quickbite.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("The PostgreSQL init script creates the databases the services and Camunda use")
class DatabasesMatchServicesTest {

    private final Repository repository = Repository.current();
    private final PostgresInitScript initScript = PostgresInitScript.load(repository);

    @ParameterizedTest
    @EnumSource(ServiceModule.class)
    void theServicesDatabaseIsCreatedForItsOwnUser(ServiceModule module) {
        ServiceConfiguration configuration = ServiceConfiguration.of(repository, module);

        String database = configuration.datasourceUrl().database();

        assertThat(initScript.owners())
                .as("the init script creates %s's database owned by its datasource user", module)
                .containsEntry(database, configuration.required("spring.datasource.username"));
    }

    @Test
    void everyServiceHasADatabaseOfItsOwn() {
        long distinct = java.util.Arrays.stream(ServiceModule.values())
                .map(module -> ServiceConfiguration.of(repository, module).datasourceUrl().database())
                .distinct()
                .count();

        assertThat(distinct).isEqualTo(ServiceModule.values().length);
    }

    @Test
    void camundasSecondaryStorageInKindIsAnInitialisedDatabaseWithTheOverlaysSecret() {
        Map<String, Object> values = Yamls.load(repository.read("k8s/camunda/values-kind.yaml"));

        assertThat(Yamls.string(values, "orchestration.data.secondaryStorage.type")).isEqualTo("rdbms");
        JdbcUrl url = JdbcUrl.parse(Yamls.string(values, "orchestration.data.secondaryStorage.rdbms.url"));
        assertThat(url.host()).startsWith("postgres.");
        assertThat(initScript.owners()).containsEntry(url.database(), Yamls.string(values, "orchestration.data.secondaryStorage.rdbms.username"));
        assertThat(Yamls.string(values, "elasticsearch.enabled")).isEqualTo("false");

        KubernetesManifests manifests = KubernetesManifests.kindOverlay(repository);
        manifests.assumeRendered("the Secret the Helm values refer to");
        String secret = Yamls.string(values, "orchestration.data.secondaryStorage.rdbms.secret.existingSecret");
        String key = Yamls.string(values, "orchestration.data.secondaryStorage.rdbms.secret.existingSecretKey");
        assertThat(manifests.secretValue(secret, key))
                .as("Secret %s (fixed name, Helm cannot follow kustomize hashes) has key %s", secret, key)
                .isPresent();
    }
}
