package dev.quickbite.embedded.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class InfraOptionsTest {

    @Test
    void withoutArgumentsTheConventionalPortsAndTheLocalDataDirectoryAreUsed() {
        InfraOptions options = InfraOptions.parse();

        assertThat(options.dataDir()).isEqualTo(Path.of(".quickbite/data").toAbsolutePath());
        assertThat(options.postgresPort()).isEqualTo(5432);
        assertThat(options.kafkaPort()).isEqualTo(9092);
        assertThat(options.kafkaControllerPort()).isEqualTo(9093);
    }

    @Test
    void everyOptionCanBeGiven() {
        InfraOptions options = InfraOptions.parse("--data-dir", "/tmp/qb", "--postgres-port", "15432",
                "--kafka-port", "19092", "--kafka-controller-port", "19093");

        assertThat(options).isEqualTo(new InfraOptions(Path.of("/tmp/qb"), 15432, 19092, 19093));
        assertThat(options.postgresDir()).isEqualTo(Path.of("/tmp/qb/postgres"));
        assertThat(options.kafkaLogDir()).isEqualTo(Path.of("/tmp/qb/kafka"));
    }

    @Test
    void badInputIsRejectedWithAMessageNamingTheOption() {
        assertThatThrownBy(() -> InfraOptions.parse("--kafka-port", "x")).hasMessageContaining("--kafka-port");
        assertThatThrownBy(() -> InfraOptions.parse("--postgres-port", "70000")).hasMessageContaining("--postgres-port");
        assertThatThrownBy(() -> InfraOptions.parse("--data-dir")).hasMessageContaining("--data-dir needs a value");
        assertThatThrownBy(() -> InfraOptions.parse("--verbose")).hasMessageContaining("unknown option --verbose");
        assertThatThrownBy(() -> InfraOptions.parse("--kafka-port", "9092", "--kafka-controller-port", "9092"))
                .hasMessageContaining("must differ");
    }
}
