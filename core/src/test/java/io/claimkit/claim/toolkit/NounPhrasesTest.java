package io.claimkit.claim.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimkit.analysis.Sentence;
import io.claimkit.testing.TaggedText;
import org.junit.jupiter.api.Test;

class NounPhrasesTest {

  private static final Sentence FLOOD = TaggedText.words(
      "The/DT new/JJ flood/NN defences/NNS in/IN Hull/NNP and/CC York/NNP held/VBD|hold overnight/RB ./.");

  private static String text(Sentence sentence, int from, int to) {
    return new TokenRange(sentence, from, to).span().text(raw(sentence));
  }

  private static String raw(Sentence sentence) {
    StringBuilder raw = new StringBuilder();
    sentence.tokens().forEach(t -> raw.append(raw.length() == 0 ? "" : " ").append(t.text()));
    return raw.toString();
  }

  @Test
  void thePhraseBeforeAVerbCarriesItsPrepositionalPhraseAndCoordinatedNames() {
    int verb = 8;
    int start = NounPhrases.startBefore(FLOOD, verb, 0);
    assertThat(text(FLOOD, start, verb)).isEqualTo("The new flood defences in Hull and York");
  }

  @Test
  void aTokenThatEndsNoNounPhraseGivesMinusOne() {
    assertThat(NounPhrases.startBefore(FLOOD, 9, 0)).isEqualTo(-1); // "held" is a verb
    assertThat(NounPhrases.startBefore(FLOOD, 7, 0)).isEqualTo(-1); // "and"
    assertThat(NounPhrases.startBefore(FLOOD, 0, 0)).isEqualTo(-1);
  }

  @Test
  void aPronounIsAPhraseOfItsOwn() {
    Sentence she = TaggedText.words("She/PRP resigned/VBD|resign ./.");
    assertThat(NounPhrases.startBefore(she, 1, 0)).isZero();
  }

  @Test
  void theSimplePhraseStopsAtItsLastNounAndTheFullOneTakesTwoLinks() {
    assertThat(text(FLOOD, 0, NounPhrases.simpleEnd(FLOOD, 0, FLOOD.size()))).isEqualTo("The new flood defences");
    assertThat(text(FLOOD, 0, NounPhrases.end(FLOOD, 0, FLOOD.size())))
        .isEqualTo("The new flood defences in Hull and York");
  }

  @Test
  void noPhraseStartsAtAVerb() {
    assertThat(NounPhrases.end(FLOOD, 8, FLOOD.size())).isEqualTo(8);
  }

  @Test
  void aNumberAfterTheHeadOpensAPhraseOfItsOwn() {
    Sentence list = TaggedText.words("people/NNS 2500/CD homes/NNS");
    assertThat(NounPhrases.simpleEnd(list, 0, list.size())).isEqualTo(1);
  }

  @Test
  void theHeadIsTheLastNoun() {
    assertThat(NounPhrases.head(FLOOD, 0, 4)).isEqualTo(3);
  }

  @Test
  void searchesAreBoundedInARunOfNouns() {
    Sentence run = TaggedText.words("word/NN ".repeat(40).trim());
    assertThat(NounPhrases.startBefore(run, 40, 0)).isEqualTo(40 - 1 - NounPhrases.MAX_TOKENS);
  }
}
