package dev.quickbite.zeebe;

import java.time.Duration;

/**
 * How long Zeebe waits before it hands a failed job out again: {@code initial * 2^attempt},
 * capped at {@code max}, where attempt 0 is the first failure.
 */
public record RetryBackoff(Duration initial, Duration max) {

    public RetryBackoff {
        if (initial.isNegative() || initial.isZero()) {
            throw new IllegalArgumentException("initial retry backoff must be positive, was " + initial);
        }
        if (max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("max retry backoff " + max + " is below the initial " + initial);
        }
    }

    public Duration forAttempt(int attempt) {
        if (attempt < 0) {
            throw new IllegalArgumentException("attempt must not be negative, was " + attempt);
        }
        // Beyond 2^62 the product overflows; the cap is long reached by then.
        if (attempt >= 62) {
            return max;
        }
        long factor = 1L << attempt;
        if (initial.toMillis() > max.toMillis() / factor) {
            return max;
        }
        return initial.multipliedBy(factor);
    }
}
