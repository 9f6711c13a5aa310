package dev.quickbite.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the real embedded-infra and embedded-zeebe jars (built earlier in the reactor) on free
 * ports and injects faults into them.
 */
class QuickbiteStackIT {

    @TempDir
    Path dataDir;

    @BeforeAll
    static void theEmbeddedJarsAreBuilt() {
        StackConfig config = baseConfig(Path.of("unused"));
        for (Component component : config.componentsInStartOrder()) {
            assertThat(component.jar(config.repoRoot()))
                    .as("built by the reactor before the launcher (./mvnw -pl launcher -am verify)")
                    .isRegularFile();
        }
    }

    @Test
    void infrastructureSurvivesAKillARestartAndAPauseAndTheStackStopsCleanly() throws Exception {
        StackConfig config = baseConfig(dataDir);
        int postgres = config.ports().postgres();

        try (QuickbiteStack stack = QuickbiteStack.start(config)) {
            assertThat(stack.isAlive(Component.INFRA)).isTrue();
            assertThat(stack.isAlive(Component.ZEEBE)).isTrue();
            assertThat(postgresAnswers(postgres)).isTrue();
            assertThat(acceptsConnections(config.ports().kafka())).isTrue();
            assertThat(acceptsConnections(config.ports().zeebe())).isTrue();

            stack.kill(Component.INFRA);
            assertThat(stack.isAlive(Component.INFRA)).isFalse();
            assertThat(acceptsConnections(postgres)).as("the daemonised PostgreSQL was killed too").isFalse();
            assertThat(acceptsConnections(config.ports().kafka())).isFalse();

            stack.restart(Component.INFRA);
            assertThat(stack.isAlive(Component.INFRA)).isTrue();
            assertThat(postgresAnswers(postgres)).isTrue();

            stack.pause(Component.INFRA);
            assertThat(postgresAnswers(postgres)).as("a paused PostgreSQL accepts but never answers").isFalse();
            stack.resume(Component.INFRA);
            assertThat(postgresAnswers(postgres)).isTrue();

            stack.stop();
            assertThat(stack.isAlive(Component.INFRA)).isFalse();
            assertThat(stack.isAlive(Component.ZEEBE)).isFalse();
            assertThat(acceptsConnections(postgres)).isFalse();
            assertThat(acceptsConnections(config.ports().zeebe())).isFalse();
        }
        assertThat(Files.readString(Component.INFRA.logFile(dataDir))).contains("Kafka stopped", "PostgreSQL stopped");
    }

    @Test
    void aComponentThatCannotStartFailsTheStartWithItsLogTail() {
        StackConfig config = baseConfig(dataDir).withComponents(Component.ZEEBE)
                .withExtraArguments(Component.ZEEBE, "--no-such-option");

        assertThatThrownBy(() -> QuickbiteStack.start(config))
                .isInstanceOf(ComponentFailedException.class)
                .hasMessageContaining("zeebe exited with code 2 while starting")
                .hasMessageContaining("unknown option --no-such-option");
    }

    @Test
    void aComponentThatDiesLaterIsReportedWithItsExitCode() throws Exception {
        CompletableFuture<String> death = new CompletableFuture<>();
        StackListener listener = new StackListener() {
            @Override
            public void died(Component component, int exitCode, String logTail) {
                death.complete(component + " " + exitCode);
            }
        };
        StackConfig config = baseConfig(dataDir).withComponents(Component.ZEEBE);

        try (QuickbiteStack stack = QuickbiteStack.start(config, listener)) {
            ProcessHandle.of(stack.pid(Component.ZEEBE)).orElseThrow().destroyForcibly();

            assertThat(death.get(30, TimeUnit.SECONDS)).isEqualTo("zeebe 137");
            assertThat(stack.isAlive(Component.ZEEBE)).isFalse();
        }
    }

    @Test
    void aKillOrderedByTheStackIsNoUnexpectedDeath() throws Exception {
        CompletableFuture<Component> death = new CompletableFuture<>();
        StackListener listener = new StackListener() {
            @Override
            public void died(Component component, int exitCode, String logTail) {
                death.complete(component);
            }
        };
        StackConfig config = baseConfig(dataDir).withComponents(Component.ZEEBE);

        try (QuickbiteStack stack = QuickbiteStack.start(config, listener)) {
            stack.kill(Component.ZEEBE);
            Thread.sleep(1000);

            assertThat(death).isNotDone();
        }
    }

    private static StackConfig baseConfig(Path dataDir) {
        return StackConfig.defaults()
                .withRepoRoot(Path.of(System.getProperty("quickbite.home")))
                .withDataDir(dataDir)
                .withPorts(Ports.free())
                .withComponents(Component.INFRA, Component.ZEEBE)
                .withReadyTimeout(Duration.ofSeconds(180));
    }

    private static boolean acceptsConnections(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** PostgreSQL's SSLRequest: any live server answers with one byte ('S' or 'N'). */
    private static boolean postgresAnswers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 2000);
            socket.setSoTimeout(3000);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.writeInt(8);
            out.writeInt(80877103);
            out.flush();
            int answer = new DataInputStream(socket.getInputStream()).read();
            return answer == 'N' || answer == 'S';
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
