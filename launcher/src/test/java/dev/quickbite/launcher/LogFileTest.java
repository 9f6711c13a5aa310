package dev.quickbite.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFileTest {

    @TempDir
    Path dir;

    @Test
    void aReadyLineFromAnEarlierRunDoesNotMakeTheNewRunReady() throws Exception {
        Path path = dir.resolve("logs/zeebe.log");
        Files.createDirectories(path.getParent());
        Files.writeString(path, "QUICKBITE-READY embedded-zeebe port=26500\n");
        LogFile log = LogFile.startingNow(path);
        ReadinessCheck ready = ReadinessCheck.of(Component.ZEEBE, StackConfig.defaults(), log);

        assertThat(ready.isReady()).isFalse();

        Files.writeString(path, "starting\nQUICKBITE-READY embedded-zeebe port=26500\n", StandardOpenOption.APPEND);
        assertThat(ready.isReady()).isTrue();
    }

    @Test
    void theTailHoldsTheLastLinesOfThisRunOnly() throws Exception {
        Path path = dir.resolve("infra.log");
        Files.writeString(path, "old run\n");
        LogFile log = LogFile.startingNow(path);
        Files.writeString(path, "one\ntwo\nthree\n", StandardOpenOption.APPEND);

        assertThat(log.tail(2)).isEqualTo("two" + System.lineSeparator() + "three");
        assertThat(log.tail(10)).doesNotContain("old run");
    }

    @Test
    void aMissingLogDirectoryIsCreated() {
        LogFile log = LogFile.startingNow(dir.resolve("new/logs/x.log"));

        assertThat(log.offset()).isZero();
        assertThat(dir.resolve("new/logs")).isDirectory();
        assertThat(log.linesOfThisRun()).isEmpty();
    }
}
