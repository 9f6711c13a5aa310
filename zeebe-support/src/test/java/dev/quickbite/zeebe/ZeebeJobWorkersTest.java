package dev.quickbite.zeebe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import dev.quickbite.contract.CancelReason;
import dev.quickbite.contract.JobType;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The auto-configured client and registrar against the real Zeebe engine: a {@link SagaJobWorker}
 * bean's outcome becomes a completed job, a caught BPMN error, or failures that end in an incident.
 */
@ZeebeProcessTest
class ZeebeJobWorkersTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private ZeebeTestEngine engine;
    private ZeebeClient client;
    private ConfigurableApplicationContext application;

    @AfterEach
    void stopApplication() {
        if (application != null) {
            application.close();
        }
    }

    @Test
    void completeOutcomeCompletesTheJobWithItsVariables() {
        // given
        var worker = new ScriptedWorker(OneTaskProcess.JOB_TYPE,
                job -> JobOutcome.complete(Map.of("reservedFor", job.orderId(), "units", job.requiredInt("quantity"))));
        startApplicationWith(worker);
        OneTaskProcess.deploy(client);

        // when
        long instance = OneTaskProcess.start(client, Map.of("orderId", "o-1", "quantity", 2));

        // then
        var records = new EngineRecords(engine, instance);
        await().atMost(TIMEOUT).ignoreExceptions().until(records::processCompleted);
        assertThat(records.completedElement("done")).isTrue();
        assertThat(records.variable("reservedFor")).contains("\"o-1\"");
        assertThat(records.variable("units")).contains("2");
        assertThat(worker.handled).singleElement().satisfies(job -> assertThat(job.retries()).isEqualTo(3));
        assertThat(worker.mdcOrderIds).containsExactly("o-1");
        assertThat(handlingTimer("completed").count()).isEqualTo(1);
    }

    @Test
    void bpmnErrorIsThrownWithTheCancelReasonSet() {
        // given
        var worker = new ScriptedWorker(OneTaskProcess.JOB_TYPE,
                job -> JobOutcome.bpmnError(OneTaskProcess.CAUGHT_ERROR, "only 1 burger left"));
        startApplicationWith(worker);
        OneTaskProcess.deploy(client);

        // when
        long instance = OneTaskProcess.start(client, Map.of("orderId", "o-2"));

        // then
        var records = new EngineRecords(engine, instance);
        await().atMost(TIMEOUT).ignoreExceptions().until(records::processCompleted);
        assertThat(records.completedElement("cancelled")).isTrue();
        assertThat(records.completedElement("done")).isFalse();
        assertThat(records.variable("cancelReason")).contains("\"" + CancelReason.INSUFFICIENT_STOCK + "\"");
        assertThat(records.jobs(JobIntent.ERROR_THROWN)).singleElement().satisfies(job -> {
            assertThat(job.getErrorCode()).isEqualTo("INSUFFICIENT_STOCK");
            assertThat(job.getErrorMessage()).isEqualTo("only 1 burger left");
        });
        assertThat(handlingTimer("bpmn_error").count()).isEqualTo(1);
    }

    @Test
    void exceptionsDecrementRetriesWithGrowingBackoffThenRaiseAnIncident() {
        // given a worker that always fails technically
        var worker = new ScriptedWorker(OneTaskProcess.JOB_TYPE, job -> {
            throw new IllegalStateException("inventory database unreachable");
        });
        startApplicationWith(worker);
        OneTaskProcess.deploy(client);

        // when
        long instance = OneTaskProcess.start(client, Map.of("orderId", "o-3"));

        // then
        var records = new EngineRecords(engine, instance);
        await().atMost(TIMEOUT).ignoreExceptions().until(() -> !records.incidents().isEmpty());
        // 100ms * 2^attempt, capped at 300ms
        assertThat(records.jobs(JobIntent.FAILED))
                .extracting(JobRecordValue::getRetries, JobRecordValue::getRetryBackoff)
                .containsExactly(tuple(2, 100L), tuple(1, 200L), tuple(0, 300L));
        assertThat(records.incidents()).singleElement().satisfies(incident ->
                assertThat(incident.getErrorMessage())
                        .isEqualTo("IllegalStateException: inventory database unreachable"));
        assertThat(worker.handled).hasSize(OneTaskProcess.RETRIES)
                .extracting(SagaJob::retries).containsExactly(3, 2, 1);
        assertThat(worker.handled).allSatisfy(job ->
                assertThat(job.variables()).doesNotContainKey(SagaJobHandler.FAILED_ATTEMPTS));
        assertThat(handlingTimer("failed").count()).isEqualTo(3);
        assertThat(records.processCompleted()).isFalse();
    }

    @Test
    void invalidInputRaisesAnIncidentAtOnceInsteadOfRetrying() {
        // given a worker that needs the order id
        var worker = new ScriptedWorker(OneTaskProcess.JOB_TYPE, job -> JobOutcome.complete(Map.of("id", job.orderId())));
        startApplicationWith(worker);
        OneTaskProcess.deploy(client);

        // when the saga started without one
        long instance = OneTaskProcess.start(client, Map.of("sku", "burger"));

        // then
        var records = new EngineRecords(engine, instance);
        await().atMost(TIMEOUT).ignoreExceptions().until(() -> !records.incidents().isEmpty());
        assertThat(records.jobs(JobIntent.FAILED)).extracting(JobRecordValue::getRetries).containsExactly(0);
        assertThat(records.incidents()).singleElement().satisfies(incident -> assertThat(incident.getErrorMessage())
                .contains("InvalidJobVariableException").contains("variable 'orderId' is required"));
        assertThat(worker.handled).hasSize(1);
    }

    @Test
    void twoWorkersForOneJobTypeAreAStartupError() {
        var first = new ScriptedWorker(JobType.CREATE_ORDER, job -> JobOutcome.complete());
        var second = new ScriptedWorker(JobType.CREATE_ORDER, job -> JobOutcome.complete());

        assertThatThrownBy(() -> startApplicationWith(first, second))
                .rootCause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("two SagaJobWorker beans for job type create-order");
    }

    @Test
    void workersOpenWhenTheApplicationIsReadyAndCloseOnShutdown() {
        var worker = new ScriptedWorker(JobType.CONFIRM_ORDER, job -> JobOutcome.complete());
        startApplicationWith(worker);
        JobWorkerRegistrar registrar = application.getBean(JobWorkerRegistrar.class);
        assertThat(registrar.openJobTypes()).containsExactly(JobType.CONFIRM_ORDER);
        assertThat(application.getBean("zeebeHealthIndicator")).isInstanceOf(ZeebeHealthIndicator.class);

        application.close();

        assertThat(registrar.openJobTypes()).isEmpty();
        assertThat(registrar.isRunning()).isFalse();
    }

    private io.micrometer.core.instrument.Timer handlingTimer(String outcome) {
        return application.getBean(MeterRegistry.class).get(SagaJobHandler.TIMER)
                .tag("jobType", OneTaskProcess.JOB_TYPE.type())
                .tag("outcome", outcome)
                .timer();
    }

    private void startApplicationWith(SagaJobWorker... workers) {
        application = new SpringApplicationBuilder(TestApplication.class)
                .web(WebApplicationType.NONE)
                .properties(
                        "spring.application.name=zeebe-support-test",
                        "quickbite.zeebe.gateway-address=" + engine.getGatewayAddress(),
                        "quickbite.zeebe.retry-backoff-initial=100ms",
                        "quickbite.zeebe.retry-backoff-max=300ms")
                .initializers(context -> {
                    var generic = (GenericApplicationContext) context;
                    generic.registerBean(MeterRegistry.class, SimpleMeterRegistry::new);
                    for (int i = 0; i < workers.length; i++) {
                        SagaJobWorker worker = workers[i];
                        generic.registerBean("worker" + i, SagaJobWorker.class, () -> worker);
                    }
                })
                .run();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class TestApplication {
    }
}
