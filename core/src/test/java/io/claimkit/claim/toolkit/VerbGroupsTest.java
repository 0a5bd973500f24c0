package io.claimkit.claim.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimkit.analysis.Sentence;
import io.claimkit.testing.TaggedText;
import org.junit.jupiter.api.Test;

class VerbGroupsTest {

  @Test
  void theGroupTakesAuxiliariesAndNegationsButNotAnOpeningAdverb() {
    Sentence s = TaggedText.words(
        "Officials/NNS also/RB have/VBP|have not/RB yet/RB confirmed/VBN|confirm the/DT toll/NN ./.");
    int verb = 5;
    assertThat(VerbGroups.start(s, verb, 0)).isEqualTo(2);
    assertThat(VerbGroups.negated(s, 2, verb)).isTrue();
    assertThat(VerbGroups.perfect(s, 2, verb)).isTrue();
    assertThat(VerbGroups.hasModalOrDo(s, 2, verb)).isFalse();
  }

  @Test
  void aModalOrDoIsSeen() {
    Sentence s = TaggedText.words("The/DT mayor/NN will/MD say/VB more/JJR ./.");
    assertThat(VerbGroups.start(s, 3, 0)).isEqualTo(2);
    assertThat(VerbGroups.hasModalOrDo(s, 2, 3)).isTrue();
    assertThat(VerbGroups.negated(s, 2, 3)).isFalse();
  }

  @Test
  void aCurlyApostropheNegationNegates() {
    Sentence s = TaggedText.words("They/PRP did/VBD|do n’t/RB say/VB ./.");
    assertThat(VerbGroups.negated(s, VerbGroups.start(s, 3, 0), 3)).isTrue();
  }
}
