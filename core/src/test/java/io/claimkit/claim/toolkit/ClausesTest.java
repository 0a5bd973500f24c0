package io.claimkit.claim.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimkit.analysis.Sentence;
import io.claimkit.testing.TaggedText;
import io.claimkit.text.Span;
import org.junit.jupiter.api.Test;

class ClausesTest {

  private static String raw(Sentence s) {
    StringBuilder raw = new StringBuilder();
    s.tokens().forEach(t -> raw.append(raw.length() == 0 ? "" : " ").append(t.text()));
    return raw.toString();
  }

  @Test
  void aClauseEndsAtACommaBeforeAClauseOpener() {
    Sentence s = TaggedText.words("fares/NNS will/MD rise/VB ,/, but/CC unions/NNS disagree/VBP ./.");
    assertThat(Clauses.clauseEnd(s, 0)).isEqualTo(3);
    assertThat(Clauses.contentFrom(s, 0).map(c -> c.text(raw(s)))).contains("fares will rise");
  }

  @Test
  void anOpenerFollowedByAVerbGoesOnWithTheSameSubject() {
    Sentence s = TaggedText.words("it/PRP stalled/VBD|stall ,/, but/CC recovered/VBD|recover ./.");
    assertThat(Clauses.clauseEnd(s, 0)).isEqualTo(s.size());
  }

  @Test
  void aConjunctionBeforeAFiniteVerbEndsTheClauseButNotInsideAQuote() {
    Sentence s = TaggedText.words("prices/NNS rose/VBD|rise and/CC wages/NNS fell/VBD|fall ;/: more/JJR");
    assertThat(Clauses.clauseEnd(s, 0)).isEqualTo(5);
    Sentence quoted = TaggedText.words("“/`` it/PRP rose/VBD|rise ;/: it/PRP fell/VBD|fall ”/'' ./.");
    assertThat(Clauses.clauseEnd(quoted, 0)).isEqualTo(quoted.size());
  }

  @Test
  void aLeadInIsSkippedUpToThat() {
    Sentence s = TaggedText.words("said/VBD|say in/IN a/DT statement/NN that/IN fares/NNS rose/VBD|rise ./.");
    assertThat(Clauses.skipToComplementizer(s, 1)).isEqualTo(4);
    Sentence none = TaggedText.words("said/VBD|say fares/NNS rose/VBD|rise ./.");
    assertThat(Clauses.skipToComplementizer(none, 1)).isEqualTo(1);
  }

  @Test
  void trimmingDropsEdgePunctuation() {
    Sentence s = TaggedText.words(":/: fares/NNS rose/VBD|rise ./.");
    Span trimmed = Clauses.trimmed(s, 0, s.size(), s.size());
    assertThat(trimmed.text(raw(s))).isEqualTo("fares rose");
    assertThat(Clauses.hasFiniteVerb(s, 0, trimmed)).isTrue();
  }

  @Test
  void onlyConnectivesAndQuotesMayOpenAClause() {
    Sentence s = TaggedText.words("But/CC ,/, according/VBG to/TO police/NNS");
    assertThat(Clauses.onlyConnectivesBefore(s, 2)).isTrue();
    assertThat(Clauses.onlyConnectivesBefore(s, 4)).isFalse();
  }
}
