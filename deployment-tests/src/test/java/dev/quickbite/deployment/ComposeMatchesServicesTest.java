package dev.quickbite.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("compose/docker-compose.yml runs each service the way its application.yaml expects")
class ComposeMatchesServicesTest {

    private static Repository repository;
    private static ComposeFile compose;
    private static PostgresInitScript initScript;

    @BeforeAll
    static void readFiles() {
        repository = Repository.current();
        compose = ComposeFile.load(repository);
        initScript = PostgresInitScript.load(repository);
    }

    @ParameterizedTest
    @EnumSource(ServiceModule.class)
    void theServiceIsBuiltFromItsModuleWithTheRootDockerfile(ServiceModule module) {
        ServiceConfiguration configuration = ServiceConfiguration.of(repository, module);

        ComposeService service = compose.service(module.moduleName());

        assertThat(service.image()).startsWith(module.imageRepository() + ":");
        assertThat(service.buildContext()).hasValue("..");
        assertThat(service.dockerfile()).hasValue("Dockerfile");
        assertThat(service.buildArgs())
                .containsEntry("MODULE", module.moduleName())
                .as("the image's HEALTHCHECK probes SERVER_PORT, which must be the service's server.port")
                .containsEntry("SERVER_PORT", String.valueOf(configuration.serverPort()));
    }

    @ParameterizedTest
    @EnumSource(ServiceModule.class)
    void everyInfrastructurePropertyIsSetByEnvironment(ServiceModule module) {
        ServiceConfiguration configuration = ServiceConfiguration.of(repository, module);
        Map<String, String> environment = compose.service(module.moduleName()).environment();

        for (String property : ServiceConfiguration.INFRASTRUCTURE_PROPERTIES) {
            assertThat(configuration.property(property))
                    .as("%s declares %s (the deployments override it)", module.applicationYaml(), property)
                    .isPresent();
            assertThat(environment.keySet())
                    .as("compose service %s sets %s through one of %s", module, property, EnvironmentVariable.acceptedNamesFor(property))
                    .containsAnyElementsOf(EnvironmentVariable.acceptedNamesFor(property));
        }
    }

    @ParameterizedTest
    @EnumSource(ServiceModule.class)
    void theServiceConnectsToItsOwnDatabaseAsItsOwner(ServiceModule module) {
        ServiceConfiguration configuration = ServiceConfiguration.of(repository, module);
        Map<String, String> environment = compose.service(module.moduleName()).environment();

        JdbcUrl url = JdbcUrl.parse(environment.get("SPRING_DATASOURCE_URL"));

        assertThat(url.host()).isEqualTo("postgres");
        assertThat(compose.service("postgres").containerPorts()).contains(url.port());
        assertThat(url.database()).isEqualTo(configuration.datasourceUrl().database());
        assertThat(environment.get("SPRING_DATASOURCE_USERNAME"))
                .isEqualTo(configuration.required("spring.datasource.username"))
                .isEqualTo(initScript.owners().get(url.database()));
        String passwordVariable = initScript.passwordVariables().get(url.database());
        assertThat(environment.get("SPRING_DATASOURCE_PASSWORD"))
                .as("the service's password is the one postgres gives %s", passwordVariable)
                .isEqualTo(compose.service("postgres").environment().get(passwordVariable));
    }

    @ParameterizedTest
    @EnumSource(ServiceModule.class)
    void theServiceReachesKafkaThroughTheAdvertisedInternalListener(ServiceModule module) {
        HostAndPort bootstrap = HostAndPort.parse(compose.service(module.moduleName()).environment().get("SPRING_KAFKA_BOOTSTRAP_SERVERS"));

        String advertised = compose.service("kafka").environment().get("KAFKA_ADVERTISED_LISTENERS");

        assertThat(advertised).contains("://" + bootstrap);
        assertThat(compose.serviceNames()).contains(bootstrap.host());
    }

    @ParameterizedTest
    @EnumSource(ServiceModule.class)
    void theServiceReachesTheZeebeGatewayOfTheCamundaService(ServiceModule module) {
        HostAndPort gateway = HostAndPort.parse(compose.service(module.moduleName()).environment().get("QUICKBITE_ZEEBE_GATEWAY_ADDRESS"));

        assertThat(gateway).isEqualTo(new HostAndPort("camunda", 26500));
        assertThat(compose.service("camunda").containerPorts()).contains(gateway.port());
    }

    @ParameterizedTest
    @EnumSource(ServiceModule.class)
    void theServicePublishesItsHttpPortAndServesHealthProbes(ServiceModule module) {
        ServiceConfiguration configuration = ServiceConfiguration.of(repository, module);

        assertThat(compose.service(module.moduleName()).containerPorts()).contains(configuration.serverPort());
        assertThat(configuration.actuatorPort())
                .as("the Dockerfile HEALTHCHECK probes the server port")
                .isEqualTo(configuration.serverPort());
        assertThat(configuration.actuatorBasePath()).isEqualTo("/actuator");
        assertThat(configuration.healthProbesEnabled())
                .as("%s enables management.endpoint.health.probes (outside Kubernetes Spring serves "
                        + "/actuator/health/readiness only then)", module.applicationYaml())
                .isTrue();
    }

    @ParameterizedTest
    @EnumSource(ServiceModule.class)
    void theServiceStartsOnlyWhenItsInfrastructureIsReady(ServiceModule module) {
        Map<String, String> dependsOn = compose.service(module.moduleName()).dependsOn();

        assertThat(dependsOn).containsExactlyInAnyOrderEntriesOf(Map.of(
                "postgres", "service_healthy",
                "kafka-topics", "service_completed_successfully",
                "camunda", "service_healthy"));
    }

    @Test
    void everyServiceWaitedForAsHealthyHasAHealthcheck() {
        for (String name : compose.serviceNames()) {
            compose.service(name).dependsOn().forEach((dependency, condition) -> {
                if (condition.equals("service_healthy")) {
                    assertThat(compose.service(dependency).hasHealthcheck())
                            .as("%s waits for %s to be healthy, so %s needs a healthcheck", name, dependency, dependency)
                            .isTrue();
                }
            });
        }
    }

    @Test
    void theTopicInitialiserCreatesExactlyTheContractTopicsWithThreePartitions() {
        Map<String, String> environment = compose.service("kafka-topics").environment();

        assertThat(ContractTopics.parse(environment.get("QUICKBITE_TOPICS"))).isEqualTo(ContractTopics.all());
        assertThat(environment.get("TOPIC_PARTITIONS")).isEqualTo("3");
        assertThat(compose.service("kafka").environment().get("KAFKA_AUTO_CREATE_TOPICS_ENABLE"))
                .as("a misspelt topic must fail instead of being auto-created")
                .isEqualTo("false");
    }

    @Test
    void postgresRunsTheSharedInitScript() {
        assertThat(compose.service("postgres").volumes())
                .contains("../" + PostgresInitScript.DIRECTORY + ":/docker-entrypoint-initdb.d:ro");
        assertThat(compose.service("postgres").environment().keySet())
                .containsAll(initScript.passwordVariables().values());
    }

    @Test
    void camundaUsesPostgresAsSecondaryStorage() {
        ComposeService camunda = compose.service("camunda");
        Map<String, String> environment = camunda.environment();

        assertThat(camunda.image()).matches("camunda/camunda:8\\.9\\.\\d+");
        assertThat(environment).containsEntry("CAMUNDA_DATA_SECONDARYSTORAGE_TYPE", "rdbms");
        JdbcUrl url = JdbcUrl.parse(environment.get("CAMUNDA_DATA_SECONDARYSTORAGE_RDBMS_URL"));
        assertThat(url.host()).isEqualTo("postgres");
        assertThat(environment.get("CAMUNDA_DATA_SECONDARYSTORAGE_RDBMS_USERNAME")).isEqualTo(initScript.owners().get(url.database()));
        assertThat(environment.get("CAMUNDA_DATA_SECONDARYSTORAGE_RDBMS_PASSWORD"))
                .isEqualTo(compose.service("postgres").environment().get(initScript.passwordVariables().get(url.database())));
        assertThat(camunda.dependsOn()).containsEntry("postgres", "service_healthy");
    }

    @Test
    void operateIsPublishedOnHostPort8088BecauseTheApiGatewayHas8080() {
        assertThat(compose.service("camunda").publishedPorts()).containsEntry(8088, 8080);
        assertThat(compose.service(ServiceModule.API_GATEWAY.moduleName()).publishedPorts()).containsEntry(8080, 8080);
    }

    @Test
    void everyComposeVariableIsDocumented() {
        String documentation = repository.read("docs/deployment.md");

        for (String variable : compose.variables()) {
            assertThat(documentation)
                    .as("docs/deployment.md documents the compose variable %s", variable)
                    .contains("`" + variable + "`");
        }
    }
}
