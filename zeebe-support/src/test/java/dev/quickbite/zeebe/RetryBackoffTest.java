package dev.quickbite.zeebe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

    private final RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

    @Test
    void doublesWithEveryAttemptStartingAtTheInitialBackoff() {
        assertThat(backoff.forAttempt(0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.forAttempt(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.forAttempt(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.forAttempt(4)).isEqualTo(Duration.ofSeconds(16));
    }

    @Test
    void isCappedAtTheMaximumHoweverManyAttempts() {
        assertThat(backoff.forAttempt(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.forAttempt(61)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.forAttempt(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void rejectsNonsensicalSettings() {
        assertThatThrownBy(() -> new RetryBackoff(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be positive");
        assertThatThrownBy(() -> new RetryBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("below the initial");
        assertThatThrownBy(() -> backoff.forAttempt(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
