package dev.quickbite.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;

/** {@code quickbite up}: starts the embedded stack, stays in the foreground, stops it on Ctrl-C. */
public final class Main {

    static final int EXIT_BAD_USAGE = 2;
    static final int EXIT_FAILED = 1;
    static final int EXIT_INTERRUPTED = 130;

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help") || args[0].equals("-h")) {
            out.print(UpOptions.USAGE);
            System.exit(args.length == 0 ? EXIT_BAD_USAGE : 0);
        }
        if (!args[0].equals("up")) {
            System.err.println("unknown command '" + args[0] + "'");
            System.err.print(UpOptions.USAGE);
            System.exit(EXIT_BAD_USAGE);
        }
        UpOptions options;
        try {
            options = UpOptions.parse(StackConfig.defaults(), Arrays.copyOfRange(args, 1, args.length));
        } catch (IllegalArgumentException e) {
            System.err.println("quickbite up: " + e.getMessage());
            System.err.print(UpOptions.USAGE);
            System.exit(EXIT_BAD_USAGE);
            return;
        }
        System.exit(up(options.config(), new ConsoleProgress(out)));
    }

    static int up(StackConfig config, ConsoleProgress progress) {
        long started = System.nanoTime();
        progress.say("data directory " + config.dataDir() + ", logs in " + config.logDir());
        QuickbiteStack stack = QuickbiteStack.prepare(config, progress);
        // Registered before the start, so that Ctrl-C during a slow start stops what already runs.
        Thread stopOnCtrlC = new Thread(() -> {
            progress.say("stopping ...");
            stack.stop();
            progress.say("stopped; data kept in " + config.dataDir());
        }, "quickbite-stop");
        Runtime.getRuntime().addShutdownHook(stopOnCtrlC);
        try {
            stack.start();
        } catch (RuntimeException e) {
            if (stack.isStopping()) {
                return EXIT_INTERRUPTED;
            }
            progress.say("could not start: " + e.getMessage());
            withoutStopOnCtrlC(stopOnCtrlC);
            return EXIT_FAILED;
        }
        printReady(config, progress, Duration.ofNanos(System.nanoTime() - started));
        try {
            ConsoleProgress.Death death = progress.firstDeath().get();
            progress.say(death.component().displayName() + " died unexpectedly (exit code " + death.exitCode()
                    + "); last lines of " + death.component().logFile(config.dataDir()) + ":");
            progress.say(System.lineSeparator() + death.logTail());
            progress.say("stopping the rest ...");
            withoutStopOnCtrlC(stopOnCtrlC);
            stack.stop();
            progress.say("stopped");
            return EXIT_FAILED;
        } catch (InterruptedException | ExecutionException e) {
            Thread.currentThread().interrupt();
            return EXIT_FAILED;
        }
    }

    /** The stack is stopped already; a Ctrl-C handler would only report it again. */
    private static void withoutStopOnCtrlC(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs anyway and stop() is idempotent
        }
    }

    private static void printReady(StackConfig config, ConsoleProgress progress, Duration took) {
        String orders = config.baseUrl() + "/v1/orders";
        progress.say("everything ready in " + ConsoleProgress.seconds(took));
        PrintStream out = System.out;
        out.println();
        out.println("QuickBite is ready: REST API at " + orders);
        out.println();
        out.println("  place an order:  curl -i -X POST " + orders + " -H 'Content-Type: application/json' \\");
        out.println("                     -d '{\"userId\":\"alice\",\"sku\":\"burger\",\"quantity\":1}'");
        out.println("  follow it:       curl " + orders + "/<id from the Location header>");
        out.println("  logs:            " + config.logDir());
        out.println();
        out.println("Press Ctrl-C to stop (data is kept in " + config.dataDir() + ").");
        out.flush();
    }
}
