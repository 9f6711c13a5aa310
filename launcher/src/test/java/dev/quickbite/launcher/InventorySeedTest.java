package dev.quickbite.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InventorySeedTest {

    @Test
    void parsesSkuQuantityPairs() {
        InventorySeed seed = InventorySeed.parse(" pizza=10, burger=5 ");

        assertThat(seed.stock()).isEqualTo(Map.of("burger", 5, "pizza", 10));
        assertThat(seed.asProperty()).isEqualTo("burger=5,pizza=10");
    }

    @Test
    void rejectsWhatTheInventoryCouldNotUse() {
        assertThatThrownBy(() -> InventorySeed.parse("burger")).hasMessageContaining("not sku=quantity");
        assertThatThrownBy(() -> InventorySeed.parse("burger=five")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> InventorySeed.parse("burger=-1")).hasMessageContaining("negative");
        assertThatThrownBy(() -> InventorySeed.parse("big burger=1")).hasMessageContaining("not sku=quantity");
    }
}
