package dev.quickbite.embedded.infra;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;

/**
 * Sends a tool's console output (Kafka's storage formatter) to the log, one line per entry,
 * so that stdout carries nothing but the ready line and the log.
 */
final class LoggingPrintStream extends PrintStream {

    LoggingPrintStream(Logger log) {
        super(new LineLogger(log), false, StandardCharsets.UTF_8);
    }

    private static final class LineLogger extends OutputStream {
        private final Logger log;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineLogger(Logger log) {
            this.log = log;
        }

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                String text = line.toString(StandardCharsets.UTF_8).strip();
                line.reset();
                if (!text.isEmpty()) {
                    log.info(text);
                }
            } else {
                line.write(b);
            }
        }
    }
}
