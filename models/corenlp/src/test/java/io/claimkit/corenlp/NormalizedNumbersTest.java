package io.claimkit.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimkit.quantity.Qualifier;
import io.claimkit.quantity.Quantity;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NormalizedNumbersTest {

  private static Quantity parse(String normalized) {
    return NormalizedNumbers.parse(normalized).orElseThrow();
  }

  @Test
  void plainNumberIsExact() {
    assertThat(parse("900.0")).isEqualTo(Quantity.exact(900));
    assertThat(parse("1.0")).isEqualTo(Quantity.exact(1));
    assertThat(parse("0.5")).isEqualTo(Quantity.exact(0.5));
  }

  @Test
  void negativeNumberIsExact() {
    assertThat(parse("-12.5")).isEqualTo(Quantity.exact(-12.5));
  }

  @Test
  void scientificNotationAsJavaPrintsLargeDoubles() {
    assertThat(parse("4.82E7")).isEqualTo(Quantity.exact(48_200_000));
    assertThat(parse("1.5E-4")).isEqualTo(Quantity.exact(0.00015));
  }

  @Test
  void tildeIsApproximate() {
    Quantity q = parse("~2500.0");
    assertThat(q).isEqualTo(Quantity.approximate(2500));
    assertThat(q.qualifier()).isEqualTo(Qualifier.APPROXIMATE);
    assertThat(q.low()).isEqualTo(2250.0);
    assertThat(q.high()).isEqualTo(2750.0);
  }

  @Test
  void greaterOrEqualIsAtLeast() {
    Quantity q = parse(">=151.0");
    assertThat(q).isEqualTo(Quantity.atLeast(151));
    assertThat(q.admits(151)).isTrue();
    assertThat(q.high()).isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  void greaterIsMoreThan() {
    Quantity q = parse(">151.0");
    assertThat(q).isEqualTo(Quantity.moreThan(151));
    assertThat(q.admits(151)).isFalse();
  }

  @Test
  void lessOrEqualIsAtMost() {
    assertThat(parse("<=30.0")).isEqualTo(Quantity.atMost(30));
  }

  @Test
  void lessIsLessThan() {
    Quantity q = parse("<30.0");
    assertThat(q).isEqualTo(Quantity.lessThan(30));
    assertThat(q.admits(30)).isFalse();
    assertThat(q.low()).isEqualTo(Double.NEGATIVE_INFINITY); // the text gives no low end
    assertThat(q.admits(-5)).isTrue();
  }

  @Test
  void dashBetweenTwoNumbersIsRange() {
    Quantity q = parse("20.0-30.0");
    assertThat(q).isEqualTo(Quantity.range(20, 30));
    assertThat(q.low()).isEqualTo(20.0);
    assertThat(q.high()).isEqualTo(30.0);
  }

  @Test
  void rangeMayStartBelowZero() {
    assertThat(parse("-5.0-10.0")).isEqualTo(Quantity.range(-5, 10));
  }

  @Test
  void rangeOfMoneyKeepsTheCurrency() {
    assertThat(parse("$20.0-$30.0")).isEqualTo(Quantity.range(20, 30).withUnit("USD"));
  }

  @Test
  void dollarsAreUsd() {
    assertThat(parse("$48200000.0")).isEqualTo(Quantity.exact(48_200_000).withUnit("USD"));
  }

  @Test
  void qualifiedMoneyKeepsQualifierAndCurrency() {
    assertThat(parse("~$5000000.0")).isEqualTo(Quantity.approximate(5_000_000).withUnit("USD"));
    assertThat(parse(">=$2.0E9")).isEqualTo(Quantity.atLeast(2e9).withUnit("USD"));
  }

  @Test
  void otherCurrencySymbolsBecomeIsoCodes() {
    assertThat(parse("€12.0").unit()).contains("EUR");
    assertThat(parse("£3.5").unit()).contains("GBP");
    assertThat(parse("#3.5").unit()).contains("GBP");
    assertThat(parse("¥100.0").unit()).contains("JPY");
  }

  @Test
  void percentSignIsThePercentUnit() {
    assertThat(parse("%76.0")).isEqualTo(Quantity.exact(76).withUnit("%"));
    assertThat(parse(">%50.0")).isEqualTo(Quantity.moreThan(50).withUnit("%"));
  }

  @Test
  void surroundingWhitespaceIsIgnored() {
    assertThat(parse(" 42.0 ")).isEqualTo(Quantity.exact(42));
  }

  @Test
  void formsNotReadHereGiveNothing() {
    assertThat(NormalizedNumbers.parse(null)).isEqualTo(Optional.empty());
    assertThat(NormalizedNumbers.parse("")).isEmpty();
    assertThat(NormalizedNumbers.parse("XXXX-10")).isEmpty();
    assertThat(NormalizedNumbers.parse("P20Y")).isEmpty();
    assertThat(NormalizedNumbers.parse("~")).isEmpty();
    assertThat(NormalizedNumbers.parse("$")).isEmpty();
    assertThat(NormalizedNumbers.parse(">=20.0-30.0")).isEmpty();
    assertThat(NormalizedNumbers.parse("1.0E400")).isEmpty();
  }
}
