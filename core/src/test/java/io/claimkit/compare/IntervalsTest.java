package io.claimkit.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimkit.quantity.Quantity;
import org.junit.jupiter.api.Test;

class IntervalsTest {

  @Test
  void nearlyIsJustUnderTheValueAndJustOverJustAbove() {
    Quantity nearly = Intervals.reading("nearly 40", Quantity.approximate(40));
    assertThat(Intervals.interval(nearly)).isEqualTo("[36, 40]");
    assertThat(nearly.overlaps(Quantity.exact(42))).isFalse();
    assertThat(nearly.overlaps(Quantity.atLeast(38))).isTrue();
    assertThat(Intervals.interval(Intervals.reading("just over 40", Quantity.approximate(40)))).isEqualTo("[40, 44]");
    assertThat(Intervals.interval(Intervals.reading("about 2,500", Quantity.approximate(2500)))).isEqualTo("[2250, 2750]");
  }

  @Test
  void moreThanAndAboutAgree() {
    assertThat(Quantity.moreThan(2000).overlaps(Quantity.approximate(2500))).isTrue();
  }

  @Test
  void anExactValueWidensByHalfItsLastDigit() {
    assertThat(Intervals.interval(Intervals.rounded(Quantity.exact(62)))).isEqualTo("[61.5, 62.5]");
    assertThat(Intervals.interval(Intervals.rounded(Quantity.exact(4.2)))).isEqualTo("[4.15, 4.25]");
    assertThat(Intervals.interval(Intervals.rounded(Quantity.atLeast(4)))).isEqualTo("[4, \u221e)");
  }
}
