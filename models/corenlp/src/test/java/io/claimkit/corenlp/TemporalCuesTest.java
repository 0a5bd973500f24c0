package io.claimkit.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemporalCuesTest {

  @Test
  void timeWordsAreCuesInAnyCaseAndWithAPeriod() {
    assertThat(List.of("October", "Sept.", "THURSDAY", "ago", "weekend", "a.m.", "Christmas", "mid-March", "two-year"))
        .allSatisfy(word -> assertThat(TemporalCues.isCue(word)).as(word).isTrue());
  }

  @Test
  void numbersThatCouldBeDatesOrTimesAreCuesPlainCountsAreNot() {
    assertThat(List.of("1990", "2024", "1990s", "'90s", "10:30", "5pm", "3/4", "2020-21", "5th", "FY2020", "Q3"))
        .allSatisfy(word -> assertThat(TemporalCues.isCue(word)).as(word).isTrue());
    assertThat(List.of("151", "2,500", "1.5", "70", "900", "12,000", "3000", "troops", "said", "-", "Iraq"))
        .allSatisfy(word -> assertThat(TemporalCues.isCue(word)).as(word).isFalse());
  }

  @Test
  void aSentenceHasACueWhenAnyWordIs() {
    assertThat(TemporalCues.anyCue(List.of("about", "2,500", "troops", "remain"))).isFalse();
    assertThat(TemporalCues.anyCue(List.of("attacked", "151", "times", "since", "October"))).isTrue();
    assertThat(TemporalCues.anyCue(List.of())).isFalse();
  }
}
