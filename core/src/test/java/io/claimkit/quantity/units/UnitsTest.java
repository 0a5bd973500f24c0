package io.claimkit.quantity.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.claimkit.ClaimKitException;
import io.claimkit.quantity.Quantity;
import org.junit.jupiter.api.Test;

class UnitsTest {

  private static NormalizedUnit unit(String surface) {
    return Units.normalize(surface).orElseThrow(() -> new AssertionError("unknown unit " + surface));
  }

  @Test
  void speedsInMilesAndKilometresPerHourConvert() {
    assertThat(unit("mph").dimension()).isEqualTo("speed");
    assertThat(unit("mph").canonical()).isEqualTo("m/s");
    assertThat(Units.convert(62, unit("mph"), unit("km/h"))).isCloseTo(99.779, within(0.001));
    assertThat(Units.convert(100, unit("km/h"), unit("miles per hour"))).isCloseTo(62.137, within(0.001));
  }

  @Test
  void percentWrittenFourWaysIsOneRatio() {
    for (String surface : new String[] {"%", "percent", "per cent", "pc", "Per Cent"}) {
      assertThat(unit(surface).dimension()).as(surface).isEqualTo("ratio");
      assertThat(unit(surface).canonical()).as(surface).isEqualTo("%");
    }
    assertThat(unit("percentage points").commensurable(unit("%"))).isFalse();
  }

  @Test
  void currencySignsAndCodesNameTheirCurrencyAndNoRateIsApplied() {
    assertThat(unit("$").dimension()).isEqualTo("currency:USD");
    assertThat(unit("US$").commensurable(unit("USD"))).isTrue();
    assertThat(unit("€").canonical()).isEqualTo("EUR");
    assertThat(unit("£").canonical()).isEqualTo("GBP");
    assertThat(unit("¥").canonical()).isEqualTo("JPY");
    assertThat(unit("Rs").canonical()).isEqualTo("INR");
    assertThat(unit("€").isCurrency()).isTrue();
    assertThat(unit("€").commensurable(unit("$"))).isFalse();
    assertThatThrownBy(() -> Units.convert(1, unit("€"), unit("$")))
        .isInstanceOf(ClaimKitException.class)
        .hasMessageContaining("currency:EUR");
  }

  @Test
  void temperaturesConvertWithTheirOffset() {
    assertThat(unit("°C").toCanonical(0)).isCloseTo(273.15, within(1e-9));
    assertThat(Units.convert(100, unit("°C"), unit("°F"))).isCloseTo(212, within(1e-9));
    assertThat(Units.convert(-40, unit("°F"), unit("°C"))).isCloseTo(-40, within(1e-9));
  }

  @Test
  void energyMassAndLengthScaleToTheirCanonicalUnit() {
    assertThat(unit("kWh").toCanonical(1)).isEqualTo(3.6e6);
    assertThat(unit("kg").canonical()).isEqualTo("kg");
    assertThat(Units.convert(10, unit("miles"), unit("km"))).isCloseTo(16.09344, within(1e-9));
    assertThat(Units.convert(1, unit("lb"), unit("g"))).isCloseTo(453.59237, within(1e-9));
  }

  @Test
  void shortSurfacesMatchOnlyAsWrittenLongerOnesInAnyCase() {
    assertThat(Units.normalize("M")).isEmpty();
    assertThat(unit("m").dimension()).isEqualTo("length");
    assertThat(unit("MILES").factor()).isEqualTo(1609.344);
    assertThat(unit(" km/h ").dimension()).isEqualTo("speed");
    assertThat(unit("Rs.").canonical()).isEqualTo("INR");
    assertThat(unit("MILES").surface()).isEqualTo("MILES");
    assertThat(Units.normalize("troops")).isEmpty();
    assertThat(Units.normalize(null)).isEmpty();
  }

  @Test
  void aQuantityIntervalMovesToTheCanonicalUnitWithItsQualifier() {
    Quantity about = Quantity.approximate(100).withUnit("km/h").withSurface("about 100");
    Quantity canonical = Units.inCanonical(about).orElseThrow();
    assertThat(canonical.unit()).hasValue("m/s");
    assertThat(canonical.low()).isCloseTo(25.0, within(1e-9));
    assertThat(canonical.high()).isCloseTo(30.5556, within(1e-4));
    assertThat(canonical.qualifier()).isEqualTo(about.qualifier());
    assertThat(canonical.surface()).isEqualTo("about 100");
    Quantity atLeast = Units.inCanonical(Quantity.atLeast(2).withUnit("miles")).orElseThrow();
    assertThat(atLeast.high()).isInfinite();
    assertThat(Units.inCanonical(Quantity.exact(3).withUnit("troops"))).isEmpty();
  }

  @Test
  void aMalformedTableLineIsRejectedWithItsNumber() {
    assertThatThrownBy(() -> Units.Table.parse("# head\nkm\tlength\tm\n"))
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> Units.Table.parse("km\tlength\tm\t1000\nkm\tlength\tm\t1\n"))
        .hasMessageContaining("duplicate surface km");
  }
}
