package dev.quickbite.inventory.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.quickbite.inventory.domain.Sku;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StockSeedTest {

    @Test
    void readsSkusAndQuantitiesInTheOrderWritten() {
        StockSeed seed = StockSeed.of(" burger = 5 , pizza=10,salad=0");

        assertThat(seed.availableBySku()).containsExactly(
                entry(Sku.of("burger"), 5),
                entry(Sku.of("pizza"), 10),
                entry(Sku.of("salad"), 0));
    }

    @Test
    void blankMeansNoSeed() {
        assertThat(StockSeed.of("  ").isEmpty()).isTrue();
        assertThat(StockSeed.of(null).isEmpty()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "burger            | stock seed entry 'burger' is not sku=quantity",
            "burger=5=6        | stock seed entry 'burger=5=6' is not sku=quantity",
            "burger=five       | stock seed entry 'burger=five' has no whole-number quantity",
            "burger=-1         | stock seed entry 'burger=-1' has a negative quantity",
            "=5                | sku is required",
            "burger=1,burger=2 | stock seed names sku 'burger' twice",
            "burger=1,,pizza=2 | stock seed entry '' is not sku=quantity"})
    void badEntriesAreRefusedWithTheEntryNamed(String text, String message) {
        assertThatThrownBy(() -> StockSeed.of(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }
}
