package io.claimkit.claim.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimkit.analysis.Analysis;
import io.claimkit.claim.Directness;
import io.claimkit.testing.TaggedText;
import io.claimkit.text.Document;
import io.claimkit.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotesTest {

  @Test
  void aQuoteOpenedInOneSentenceRunsToItsClose() {
    String raw = "He said: “Fares will rise. Wages will not.” Then he left.";
    Analysis a = TaggedText.document(Document.of("q", raw), List.of(),
        "He/PRP said/VBD|say :/: “/`` Fares/NNS will/MD rise/VB ./.",
        "Wages/NNS will/MD not/RB ./. ”/''",
        "Then/RB he/PRP left/VBD|leave ./.");
    int open = raw.indexOf('“');
    Span content = Quotes.extend(new Span(open, raw.indexOf("rise") + 4), raw, a.sentences(), a.sentences().get(0));
    assertThat(content.text(raw)).isEqualTo("Fares will rise. Wages will not");
    assertThat(Quotes.directness(raw, content)).isEqualTo(Directness.DIRECT);
  }

  @Test
  void aContentThatClosesAQuoteReachesBackToItsOpening() {
    String raw = "“Fares will rise. Wages will not,” the union said.";
    Analysis a = TaggedText.document(Document.of("q", raw), List.of(),
        "“/`` Fares/NNS will/MD rise/VB ./.",
        "Wages/NNS will/MD not/RB ,/, ”/'' the/DT union/NN said/VBD|say ./.");
    int wages = raw.indexOf("Wages");
    Span content = Quotes.extend(new Span(wages, raw.indexOf('”') + 1), raw, a.sentences(), a.sentences().get(1));
    assertThat(content.text(raw)).isEqualTo("Fares will rise. Wages will not");
  }

  @Test
  void quotedWordsInsideParaphraseAreMixedAndPlainTextIsIndirect() {
    String raw = "He called the vote “a turning point” for the city.";
    assertThat(Quotes.directness(raw, new Span(10, raw.length() - 1))).isEqualTo(Directness.MIXED);
    assertThat(Quotes.directness(raw, new Span(0, 14))).isEqualTo(Directness.INDIRECT);
  }

  @Test
  void straightQuotesFaceTheWayTheirSpacesSay() {
    String raw = "He said \"yes\" twice.";
    assertThat(Quotes.isOpening(raw, 8)).isTrue();
    assertThat(Quotes.isClosing(raw, 12)).isTrue();
    assertThat(Quotes.isOpening(raw, 12)).isFalse();
    assertThat(Quotes.isOpening(raw, -1)).isFalse();
  }
}
