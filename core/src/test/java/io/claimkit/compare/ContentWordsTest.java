package io.claimkit.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentWordsTest {

  @Test
  void inflectionsShareAStem() {
    assertThat(ContentWords.stem("vote")).isEqualTo("vot");
    assertThat(ContentWords.stem("voted")).isEqualTo("vot");
    assertThat(ContentWords.stem("voting")).isEqualTo("vot");
    assertThat(ContentWords.stem("occurred")).isEqualTo("occur");
    assertThat(ContentWords.stem("attacks")).isEqualTo(ContentWords.stem("attacked"));
    assertThat(ContentWords.stem("called")).isEqualTo("call");
    assertThat(ContentWords.stem("casualties")).isEqualTo("casualty");
  }

  @Test
  void contentWordsLeaveOutFunctionWordsAndNumbersButKeepAcronyms() {
    assertThat(ContentWords.stems("But U.S. officials have said that no formal notification to do so has occurred."))
        .containsExactlyInAnyOrder("us", "official", "said", "formal", "notification", "occur");
    assertThat(ContentWords.stems("Tell us about the 2,500 troops")).containsExactlyInAnyOrder("tell", "troop");
    assertThat(ContentWords.stems("US troops")).isEqualTo(ContentWords.stems("U.S. troops"));
  }

  @Test
  void overlapAndDiceMeasureSharedContent() {
    var a = ContentWords.stems("formal notification occurred");
    var b = ContentWords.stems("formal notification has not been received by officials");
    assertThat(ContentWords.overlap(a, b)).isEqualTo(2.0 / 3);
    assertThat(ContentWords.dice(a, b)).isEqualTo(4.0 / 7);
    assertThat(ContentWords.sharedWords("Formal notification occurred", b)).containsExactly("Formal", "notification");
  }

  @Test
  void wordingIsVerbatimWhenOneRunOfWordsCoversMostOfTheShorterText() {
    assertThat(Wording.between("U.S. troops remain in Iraq", "Officials say US troops remain in Iraq."))
        .isEqualTo(Wording.VERBATIM);
    assertThat(Wording.between("troops remain in Iraq", "troops stay in Iraq")).isEqualTo(Wording.PARAPHRASED);
  }
}
