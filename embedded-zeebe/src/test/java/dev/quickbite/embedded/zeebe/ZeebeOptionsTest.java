package dev.quickbite.embedded.zeebe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ZeebeOptionsTest {

    @Test
    void defaultsAreTheConventionalPortAndAWatchdogThatToleratesHalfAMinuteOfSilence() {
        ZeebeOptions options = ZeebeOptions.parse();

        assertThat(options).isEqualTo(new ZeebeOptions(26500, Duration.ofSeconds(5), 6));
    }

    @Test
    void optionsOverrideTheDefaults() {
        assertThat(ZeebeOptions.parse("--port", "36500", "--watchdog-interval", "PT1S", "--watchdog-failures", "3"))
                .isEqualTo(new ZeebeOptions(36500, Duration.ofSeconds(1), 3));
    }

    @Test
    void badInputIsRejectedWithAMessageNamingTheOption() {
        assertThatThrownBy(() -> ZeebeOptions.parse("--port", "0")).hasMessageContaining("--port");
        assertThatThrownBy(() -> ZeebeOptions.parse("--watchdog-interval", "5s")).hasMessageContaining("PT5S");
        assertThatThrownBy(() -> ZeebeOptions.parse("--watchdog-failures", "0")).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> ZeebeOptions.parse("--gateway")).hasMessageContaining("unknown option --gateway");
    }

    @Test
    void theReadyLineNamesThePort() {
        assertThat(EmbeddedZeebeApplication.readyLine(new ZeebeOptions(36500, Duration.ofSeconds(5), 6)))
                .isEqualTo("QUICKBITE-READY embedded-zeebe port=36500");
    }
}
