package dev.quickbite.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The embedded QuickBite stack as separate processes: PostgreSQL+Kafka, then the Zeebe engine,
 * then the services in parallel. Used by {@code ./quickbite up} and by the system tests, which
 * also kill, restart and pause single components to inject faults.
 */
public final class QuickbiteStack implements AutoCloseable {

    private static final Duration STOP_GRACE = Duration.ofSeconds(60);

    private final StackConfig config;
    private final StackListener listener;
    private final Map<Component, RunningComponent> running = new EnumMap<>(Component.class);
    private volatile boolean stopping;

    private QuickbiteStack(StackConfig config, StackListener listener) {
        this.config = config;
        this.listener = new QuietWhileStopping(listener);
    }

    public static QuickbiteStack start(StackConfig config) {
        return start(config, StackListener.SILENT);
    }

    /** Starts every configured component and returns once all are ready; on failure stops what started. */
    public static QuickbiteStack start(StackConfig config, StackListener listener) {
        QuickbiteStack stack = prepare(config, listener);
        stack.start();
        return stack;
    }

    /**
     * A stack that has not started yet, for callers that must be able to {@link #stop()} it while
     * it starts (a Ctrl-C handler registered before {@link #start()}).
     */
    public static QuickbiteStack prepare(StackConfig config, StackListener listener) {
        return new QuickbiteStack(config, listener);
    }

    /** Starts every configured component and returns once all are ready; on failure stops what started. */
    public void start() {
        try {
            startAll();
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    /** True once {@link #stop()} was called; a start that fails then failed because of it. */
    public boolean isStopping() {
        return stopping;
    }

    private void startAll() {
        requireAllJars();
        List<Component> services = new ArrayList<>();
        for (Component component : config.componentsInStartOrder()) {
            if (component.isService()) {
                services.add(component);
            } else {
                startAndAwaitReady(component);
            }
        }
        startInParallel(services);
    }

    /** A missing jar is found before anything starts, not minutes later. */
    private void requireAllJars() {
        List<String> missing = config.componentsInStartOrder().stream()
                .map(component -> component.jar(config.repoRoot()))
                .filter(jar -> !java.nio.file.Files.isRegularFile(jar))
                .map(Path::toString)
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("missing " + String.join(", ", missing)
                    + "; build with ./mvnw -DskipTests install (./quickbite up does that by itself)");
        }
    }

    private void startInParallel(List<Component> services) {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> starts = services.stream()
                    .<Future<?>>map(service -> executor.submit(() -> startAndAwaitReady(service)))
                    .toList();
            RuntimeException firstFailure = null;
            for (Future<?> start : starts) {
                try {
                    start.get();
                } catch (ExecutionException e) {
                    if (firstFailure == null) {
                        firstFailure = e.getCause() instanceof RuntimeException runtime
                                ? runtime : new IllegalStateException(e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while starting the services", e);
                }
            }
            if (firstFailure != null) {
                throw firstFailure;
            }
        }
    }

    private void startAndAwaitReady(Component component) {
        listener.starting(component);
        long started = System.nanoTime();
        RunningComponent process;
        synchronized (running) {
            if (stopping) {
                throw new IllegalStateException("the stack is stopping; not starting " + component.displayName());
            }
            process = RunningComponent.launch(component, config, listener);
            running.put(component, process);
        }
        process.awaitReady(config.readyTimeout(), ReadinessCheck.of(component, config, process.log()));
        listener.ready(component, Duration.ofNanos(System.nanoTime() - started));
    }

    /** Stops every component gracefully, in reverse start order. Safe to call more than once. */
    public synchronized void stop() {
        synchronized (running) {
            stopping = true;
        }
        List<Component> services = new ArrayList<>();
        List<Component> others = new ArrayList<>();
        for (Component component : config.componentsInStartOrder().reversed()) {
            (component.isService() ? services : others).add(component);
        }
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            services.forEach(service -> executor.submit(() -> stopOne(service)));
        }
        others.forEach(this::stopOne);
    }

    private void stopOne(Component component) {
        RunningComponent process;
        synchronized (running) {
            process = running.remove(component);
        }
        if (process != null && process.isAlive()) {
            listener.stopping(component);
            process.stop(STOP_GRACE);
        }
    }

    /** SIGKILL to the component and everything it started, like a crash. */
    public void kill(Component component) {
        runningProcess(component).kill();
    }

    /** Starts the component again with the same configuration (stopping it first if it runs) and waits until it is ready. */
    public void restart(Component component) {
        RunningComponent previous = runningProcess(component);
        if (previous.isAlive()) {
            previous.stop(STOP_GRACE);
        }
        startAndAwaitReady(component);
    }

    /** SIGSTOP: the component hangs without closing a connection, like a stuck machine. */
    public void pause(Component component) {
        runningProcess(component).pause();
    }

    /** SIGCONT after {@link #pause(Component)}. */
    public void resume(Component component) {
        runningProcess(component).resume();
    }

    public boolean isAlive(Component component) {
        synchronized (running) {
            RunningComponent process = running.get(component);
            return process != null && process.isAlive();
        }
    }

    /** The component's JVM process id, e.g. to inspect it with jcmd. */
    public long pid(Component component) {
        return runningProcess(component).pid();
    }

    /** Where the REST API is, e.g. {@code http://localhost:8080}. */
    public String baseUrl() {
        return config.baseUrl();
    }

    public Ports ports() {
        return config.ports();
    }

    public StackConfig config() {
        return config;
    }

    public Path logFile(Component component) {
        return component.logFile(config.dataDir());
    }

    @Override
    public void close() {
        stop();
    }

    private RunningComponent runningProcess(Component component) {
        synchronized (running) {
            RunningComponent process = running.get(component);
            if (process == null) {
                throw new IllegalArgumentException(component + " is not part of this stack: " + config.components());
            }
            return process;
        }
    }

    /** A component exiting while the stack stops is expected, not a death to report. */
    private final class QuietWhileStopping implements StackListener {
        private final StackListener delegate;

        QuietWhileStopping(StackListener delegate) {
            this.delegate = delegate;
        }

        @Override
        public void starting(Component component) {
            delegate.starting(component);
        }

        @Override
        public void ready(Component component, Duration startupTime) {
            delegate.ready(component, startupTime);
        }

        @Override
        public void stopping(Component component) {
            delegate.stopping(component);
        }

        @Override
        public void died(Component component, int exitCode, String logTail) {
            if (!stopping) {
                delegate.died(component, exitCode, logTail);
            }
        }
    }
}
