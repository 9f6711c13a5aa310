package dev.quickbite.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("k8s/overlays/kind runs each service the way its application.yaml expects")
class KubernetesMatchesServicesTest {

    /** The Camunda Helm release "camunda" serves the Zeebe gateway under this Service (see k8s/up.sh). */
    private static final HostAndPort HELM_ZEEBE_GATEWAY = new HostAndPort("camunda-zeebe-gateway", 26500);

    private static Repository repository;
    private static KubernetesManifests manifests;
    private static PostgresInitScript initScript;

    @BeforeAll
    static void render() {
        repository = Repository.current();
        manifests = KubernetesManifests.kindOverlay(repository);
        initScript = PostgresInitScript.load(repository);
    }

    @ParameterizedTest
    @EnumSource(ServiceModule.class)
    void theDeploymentRunsTheModulesImage(ServiceModule module) {
        Workload deployment = manifests.deployment(module.moduleName());

        assertThat(deployment.image()).matches(java.util.regex.Pattern.quote(module.imageRepository()) + "(:[\\w.-]+)?");
    }

    @ParameterizedTest
    @EnumSource(ServiceModule.class)
    void theContainerPortAndProbesMatchTheActuatorConfiguration(ServiceModule module) {
        ServiceConfiguration configuration = ServiceConfiguration.of(repository, module);
        Workload deployment = manifests.deployment(module.moduleName());

        assertThat(deployment.ports()).containsEntry("http", configuration.serverPort());
        assertThat(deployment.httpProbe("readinessProbe"))
                .hasValue(new Workload.HttpProbe(configuration.actuatorBasePath() + "/health/readiness", configuration.actuatorPort()));
        assertThat(deployment.httpProbe("livenessProbe"))
                .hasValue(new Workload.HttpProbe(configuration.actuatorBasePath() + "/health/liveness", configuration.actuatorPort()));
        Workload.EnvValue serverPort = deployment.environment().get("SERVER_PORT");
        if (serverPort != null) {
            assertThat(serverPort.value()).as("SERVER_PORT agrees with the container port").isEqualTo(String.valueOf(configuration.serverPort()));
        }
    }

    @ParameterizedTest
    @EnumSource(ServiceModule.class)
    void theContainerHasResourceRequestsAndAMemoryLimit(ServiceModule module) {
        Map<String, Object> container = manifests.deployment(module.moduleName()).container();

        assertThat(Yamls.string(container, "resources.requests.cpu")).isNotBlank();
        assertThat(Yamls.string(container, "resources.requests.memory")).isNotBlank();
        assertThat(Yamls.string(container, "resources.limits.memory")).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(ServiceModule.class)
    void everyInfrastructurePropertyIsSetByEnvironment(ServiceModule module) {
        ServiceConfiguration configuration = ServiceConfiguration.of(repository, module);
        Workload deployment = manifests.deployment(module.moduleName());
        manifests.assumeRendered("environment from the generated ConfigMaps and the overlay's Secrets");

        for (String property : ServiceConfiguration.INFRASTRUCTURE_PROPERTIES) {
            assertThat(configuration.property(property)).as("%s declares %s", module.applicationYaml(), property).isPresent();
            assertThat(deployment.environment().keySet())
                    .as("Deployment %s sets %s", module, property)
                    .containsAnyElementsOf(EnvironmentVariable.acceptedNamesFor(property));
        }
        deployment.environment().forEach((name, value) -> assertThat(value.isResolved())
                .as("%s env %s refers to %s, which the overlay does not render", module, name, value.unresolvedReference())
                .isTrue());
    }

    @ParameterizedTest
    @EnumSource(ServiceModule.class)
    void theServiceConnectsToItsOwnDatabaseAsItsOwner(ServiceModule module) {
        manifests.assumeRendered("the database password from the overlay's Secret");
        ServiceConfiguration configuration = ServiceConfiguration.of(repository, module);
        Map<String, Workload.EnvValue> environment = manifests.deployment(module.moduleName()).environment();

        JdbcUrl url = JdbcUrl.parse(environment.get("SPRING_DATASOURCE_URL").value());

        assertThat(url.host()).isEqualTo("postgres");
        assertThat(servicePort("postgres")).isEqualTo(url.port());
        assertThat(url.database()).isEqualTo(configuration.datasourceUrl().database());
        assertThat(environment.get("SPRING_DATASOURCE_USERNAME").value())
                .isEqualTo(configuration.required("spring.datasource.username"))
                .isEqualTo(initScript.owners().get(url.database()));
        assertThat(environment.get("SPRING_DATASOURCE_PASSWORD").value())
                .as("the password postgres gives the owner of %s", url.database())
                .isEqualTo(postgresEnvironment().get(initScript.passwordVariables().get(url.database())).value());
    }

    @ParameterizedTest
    @EnumSource(ServiceModule.class)
    void theServiceReachesKafkaAndTheZeebeGateway(ServiceModule module) {
        manifests.assumeRendered("the shared quickbite-config ConfigMap");
        Map<String, Workload.EnvValue> environment = manifests.deployment(module.moduleName()).environment();

        HostAndPort kafka = HostAndPort.parse(environment.get("SPRING_KAFKA_BOOTSTRAP_SERVERS").value());
        HostAndPort zeebe = HostAndPort.parse(environment.get("QUICKBITE_ZEEBE_GATEWAY_ADDRESS").value());

        assertThat(servicePort(kafka.host())).isEqualTo(kafka.port());
        assertThat(new Workload(manifests.get("StatefulSet", "kafka"), manifests).environment().get("KAFKA_ADVERTISED_LISTENERS").value())
                .contains("://" + kafka);
        assertThat(zeebe).isEqualTo(HELM_ZEEBE_GATEWAY);
    }

    @ParameterizedTest
    @EnumSource(ServiceModule.class)
    void theServiceAndDisruptionBudgetSelectTheDeploymentsPods(ServiceModule module) {
        Workload deployment = manifests.deployment(module.moduleName());
        Map<String, Object> service = manifests.get("Service", module.moduleName());
        Map<String, Object> budget = manifests.get("PodDisruptionBudget", module.moduleName());

        assertThat(deployment.podLabels()).containsAllEntriesOf(stringMap(Yamls.at(service, "spec.selector")));
        assertThat(deployment.podLabels()).containsAllEntriesOf(stringMap(Yamls.at(budget, "spec.selector.matchLabels")));
        assertThat(Yamls.asList(Yamls.at(service, "spec.ports"), "ports"))
                .anySatisfy(port -> assertThat(Yamls.asMap(port, "port")).containsEntry("targetPort", "http"));
    }

    @Test
    void theWorkersScaleHorizontallyAndLeaveTheReplicaCountToTheAutoscaler() {
        for (ServiceModule worker : new ServiceModule[] {ServiceModule.ORDERS_WORKER, ServiceModule.INVENTORY_WORKER}) {
            Map<String, Object> autoscaler = manifests.get("HorizontalPodAutoscaler", worker.moduleName());

            assertThat(Yamls.string(autoscaler, "spec.scaleTargetRef.kind")).isEqualTo("Deployment");
            assertThat(Yamls.string(autoscaler, "spec.scaleTargetRef.name")).isEqualTo(worker.moduleName());
            assertThat(((Number) Yamls.at(autoscaler, "spec.minReplicas")).intValue()).isGreaterThanOrEqualTo(2);
            assertThat(Yamls.at(manifests.deployment(worker.moduleName()).resource(), "spec.replicas"))
                    .as("kubectl apply would reset the autoscaler's replica count for %s", worker)
                    .isNull();
        }
    }

    @Test
    void postgresAndKafkaRunAsStatefulSets() {
        assertThat(manifests.namesOf("StatefulSet")).contains("postgres", "kafka");
    }

    @Test
    void theTopicJobCreatesExactlyTheContractTopicsWithThreePartitions() {
        Map<String, Object> job = manifests.get("Job", "kafka-topics");
        Map<String, Workload.EnvValue> environment = new Workload(job, manifests).environment();

        assertThat(ContractTopics.parse(environment.get("QUICKBITE_TOPICS").value())).isEqualTo(ContractTopics.all());
        assertThat(environment.get("TOPIC_PARTITIONS").value()).isEqualTo("3");
    }

    @Test
    void postgresRunsTheSharedInitScriptFromAGeneratedConfigMap() {
        manifests.assumeRendered("the generated postgres-initdb ConfigMap");
        Workload postgres = new Workload(manifests.get("StatefulSet", "postgres"), manifests);
        String configMapName = Yamls.asList(Yamls.at(postgres.resource(), "spec.template.spec.volumes"), "volumes").stream()
                .map(volume -> Yamls.string(Yamls.asMap(volume, "volume"), "configMap.name"))
                .filter(name -> name != null && name.startsWith("postgres-initdb"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("postgres mounts no postgres-initdb ConfigMap"));

        assertThat(manifests.configMapValue(configMapName, "10-quickbite-databases.sh")).hasValue(initScript.text());
        assertThat(postgres.environment().keySet()).containsAll(initScript.passwordVariables().values());
    }

    private static int servicePort(String serviceName) {
        Map<String, Object> service = manifests.get("Service", serviceName);
        return ((Number) Yamls.asMap(Yamls.asList(Yamls.at(service, "spec.ports"), "ports").getFirst(), "port").get("port")).intValue();
    }

    private static Map<String, Workload.EnvValue> postgresEnvironment() {
        return new Workload(manifests.get("StatefulSet", "postgres"), manifests).environment();
    }

    private static Map<String, String> stringMap(Object value) {
        Map<String, String> result = new java.util.LinkedHashMap<>();
        Yamls.asMap(value, "selector").forEach((key, entry) -> result.put(key, String.valueOf(entry)));
        return result;
    }
}
