package dev.quickbite.embedded.zeebe;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ProcessInstanceResult;
import io.camunda.zeebe.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged jar as its own process, the way the launcher does, and drives it with a client. */
class EmbeddedZeebeProcessIT {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    @TempDir
    static Path workDir;

    private static Process zeebe;
    private static int port;
    private static Path log;

    @BeforeAll
    static void startEngineProcess() throws Exception {
        port = freePort();
        log = workDir.resolve("zeebe.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        zeebe = new ProcessBuilder(java, "-jar", System.getProperty("embedded-zeebe.jar"), "--port", Integer.toString(port))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        awaitReadyLine();
    }

    @AfterAll
    static void stopEngineProcess() throws Exception {
        if (zeebe.isAlive()) {
            zeebe.destroyForcibly().waitFor();
        }
    }

    @Test
    void aProcessWithOneServiceTaskRunsToTheEndWhenAWorkerCompletesTheJob() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("one-task")
                .startEvent("start").serviceTask("cook", task -> task.zeebeJobType("cook")).endEvent("end").done();
        try (ZeebeClient client = client();
             JobWorker worker = client.newWorker().jobType("cook")
                     .handler((jobClient, job) -> jobClient.newCompleteCommand(job).variables(Map.of("cooked", true)).send().join())
                     .open()) {
            client.newDeployResourceCommand().addProcessModel(model, "one-task.bpmn").send().join();

            ProcessInstanceResult result = client.newCreateInstanceCommand().bpmnProcessId("one-task").latestVersion()
                    .withResult().requestTimeout(Duration.ofSeconds(30)).send().join();

            assertThat(result.getVariablesAsMap()).containsEntry("cooked", true);
        }
    }

    @Test
    void timersFollowTheWallClockSoThatSagaDeadlinesFire() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("short-wait")
                .startEvent().intermediateCatchEvent("wait", timer -> timer.timerWithDuration("PT1S")).endEvent().done();
        try (ZeebeClient client = client()) {
            client.newDeployResourceCommand().addProcessModel(model, "short-wait.bpmn").send().join();

            long started = System.nanoTime();
            client.newCreateInstanceCommand().bpmnProcessId("short-wait").latestVersion()
                    .withResult().requestTimeout(Duration.ofSeconds(30)).send().join();

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        }
    }

    @Test
    void theProcessStopsOnSigterm() throws Exception {
        // Runs last by name order is not guaranteed, so use a second process for this.
        int otherPort = freePort();
        Path otherLog = workDir.resolve("zeebe-sigterm.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process other = new ProcessBuilder(java, "-jar", System.getProperty("embedded-zeebe.jar"), "--port", Integer.toString(otherPort))
                .redirectErrorStream(true).redirectOutput(otherLog.toFile()).start();
        try {
            awaitReadyLine(other, otherLog, "QUICKBITE-READY embedded-zeebe port=" + otherPort);

            other.destroy();

            assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(Files.readString(otherLog)).contains("Zeebe engine stopped");
        } finally {
            other.destroyForcibly();
        }
    }

    private static ZeebeClient client() {
        return ZeebeClient.newClientBuilder().grpcAddress(java.net.URI.create("http://localhost:" + port)).usePlaintext().build();
    }

    private static void awaitReadyLine() throws Exception {
        awaitReadyLine(zeebe, log, "QUICKBITE-READY embedded-zeebe port=" + port);
    }

    private static void awaitReadyLine(Process process, Path output, String readyLine) throws Exception {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(output) && Files.readAllLines(output).contains(readyLine)) {
                return;
            }
            assertThat(process.isAlive()).as("engine process alive; output:%n%s", Files.readString(output)).isTrue();
            Thread.sleep(200);
        }
        throw new AssertionError("no ready line within " + READY_TIMEOUT + "; output:\n" + Files.readString(output));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
