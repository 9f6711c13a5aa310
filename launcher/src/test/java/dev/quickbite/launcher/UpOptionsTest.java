package dev.quickbite.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class UpOptionsTest {

    private final StackConfig defaults = StackConfig.defaults();

    @Test
    void withoutOptionsTheDefaultsStand() {
        assertThat(UpOptions.parse(defaults).config()).isEqualTo(defaults);
    }

    @Test
    void optionsChangeDataDirectorySeedAndDeadline() {
        StackConfig config = UpOptions.parse(defaults, "--data-dir", "/tmp/qb", "--seed", "taco=3", "--deadline", "PT45S").config();

        assertThat(config.dataDir()).isEqualTo(Path.of("/tmp/qb"));
        assertThat(config.inventorySeed().asProperty()).isEqualTo("taco=3");
        assertThat(config.orderDeadline()).isEqualTo(Duration.ofSeconds(45));
        assertThat(config.ports()).isEqualTo(defaults.ports());
    }

    @Test
    void badOptionsAreExplained() {
        assertThatThrownBy(() -> UpOptions.parse(defaults, "--port-offset", "1")).hasMessage("unknown option --port-offset");
        assertThatThrownBy(() -> UpOptions.parse(defaults, "--seed")).hasMessage("--seed needs a value");
        assertThatThrownBy(() -> UpOptions.parse(defaults, "--deadline", "2m")).hasMessageContaining("like PT2M");
    }
}
