package io.claimkit.claim.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimkit.analysis.Sentence;
import io.claimkit.lexicon.WordList;
import io.claimkit.testing.TaggedText;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpeakersTest {

  private static final WordList THIRD_PERSON = WordList.of(Map.of("he", "", "she", "", "they", "", "it", ""));

  private static String subject(String tagged, int verb) {
    Sentence s = TaggedText.words(tagged);
    Optional<TokenRange> subject = Speakers.subjectBefore(s, VerbGroups.start(s, verb, 0), THIRD_PERSON);
    return subject.map(r -> words(s, r)).orElse("-");
  }

  private static String words(Sentence s, TokenRange r) {
    StringBuilder out = new StringBuilder();
    for (int i = r.from(); i < r.to(); i++) {
      out.append(out.length() == 0 ? "" : " ").append(s.token(i).text());
    }
    return out.toString();
  }

  @Test
  void anAppositiveBelongsToTheSubject() {
    assertThat(subject("Maria/NNP Lopez/NNP ,/, the/DT city/NN 's/POS budget/NN director/NN ,/, said/VBD|say"
        + " the/DT plan/NN was/VBD|be late/JJ ./.", 9))
        .isEqualTo("Maria Lopez , the city 's budget director");
  }

  @Test
  void aPrepositionalInsertDoesNot() {
    assertThat(subject("The/DT mayor/NN ,/, in/IN a/DT statement/NN ,/, said/VBD|say no/DT ./.", 7))
        .isEqualTo("The mayor");
  }

  @Test
  void aPronounSpeaksOnlyWhenListed() {
    assertThat(subject("She/PRP said/VBD|say so/RB ./.", 1)).isEqualTo("She");
    assertThat(subject("I/PRP said/VBD|say so/RB ./.", 1)).isEqualTo("-");
  }

  @Test
  void theObjectOfAPrepositionIsNoSubject() {
    assertThat(subject("From/IN the/DT workers/NNS came/VBD|come a/DT demand/NN ./.", 3)).isEqualTo("-");
    assertThat(subject("Although/IN the/DT workers/NNS struck/VBD|strike ./.", 3)).isEqualTo("the workers");
  }

  @Test
  void theAppositiveAfterAPhraseIsTakenWhenPunctuationClosesIt() {
    Sentence s = TaggedText.words("said/VBD|say the/DT coach/NN ,/, Ana/NNP Ruiz/NNP ./.");
    assertThat(Speakers.withAppositive(s, 3)).isEqualTo(6);
    Sentence open = TaggedText.words("said/VBD|say the/DT coach/NN ,/, Ana/NNP Ruiz/NNP left/VBD|leave ./.");
    assertThat(Speakers.withAppositive(open, 3)).isEqualTo(3);
  }
}
