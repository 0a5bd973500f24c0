package io.claimkit.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MeasuredAgreementTest {

  @Test
  void headIsTheLastContentWordBeforeThePostModifier() {
    assertThat(MeasuredAgreement.head("attacks on U.S. military positions in Iraq and Syria")).isEqualTo("attacks");
    assertThat(MeasuredAgreement.head("U.S. troops in Iraq")).isEqualTo("troops");
    assertThat(MeasuredAgreement.head("American personnel injured in the attacks")).isEqualTo("personnel");
    assertThat(MeasuredAgreement.head("soldiers critically wounded")).isEqualTo("soldiers");
    assertThat(MeasuredAgreement.head("Iraqis killed in the insurgency")).isEqualTo("Iraqis");
    assertThat(MeasuredAgreement.head("the United States troops")).isEqualTo("troops");
    assertThat(MeasuredAgreement.head("")).isEmpty();
  }

  @Test
  void sameHeadAgreesAcrossInflection() {
    String gold = "attacks on U.S. military positions in Iraq and Syria";
    assertThat(MeasuredAgreement.headAgrees("attacked", gold)).isTrue();
    assertThat(MeasuredAgreement.headAgrees("soldier", "soldiers critically wounded")).isTrue();
    assertThat(MeasuredAgreement.headAgrees("U.S. troops", "U.S. troops in Iraq")).isTrue();
    assertThat(MeasuredAgreement.headAgrees("times", gold)).isFalse();
  }

  @Test
  void tokenOverlapIsTheDiceOfContentStems() {
    String gold = "attacks on U.S. military positions in Iraq and Syria";
    // content stems: gold {attack, U.S, military, position, iraq, syria}; predicted the last five
    assertThat(MeasuredAgreement.tokenF1("U.S. military positions in Iraq and Syria", gold))
        .isCloseTo(10.0 / 11.0, within(1e-12));
    assertThat(MeasuredAgreement.agrees("U.S. military positions in Iraq and Syria", gold)).isTrue();
    assertThat(MeasuredAgreement.tokenF1("times", gold)).isZero();
    assertThat(MeasuredAgreement.agrees("times", gold)).isFalse();
  }

  @Test
  void aLongStretchHoldingTheHeadDoesNotAgree() {
    String predicted =
        "Pentagon officials have stressed that the deployments continue while officials weigh the troops' future";
    assertThat(MeasuredAgreement.headAgrees(predicted, "U.S. troops in Iraq")).isFalse();
    assertThat(MeasuredAgreement.agrees(predicted, "U.S. troops in Iraq")).isFalse();
  }
}
