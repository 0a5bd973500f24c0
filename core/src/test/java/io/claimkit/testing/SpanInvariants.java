package io.claimkit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimkit.Extraction;
import io.claimkit.analysis.Analysis;
import io.claimkit.analysis.Mention;
import io.claimkit.analysis.NumberMention;
import io.claimkit.analysis.Sentence;
import io.claimkit.analysis.Token;
import io.claimkit.claim.AttributionClaim;
import io.claimkit.claim.Claim;
import io.claimkit.claim.EventClaim;
import io.claimkit.claim.Part;
import io.claimkit.claim.QuantityClaim;
import io.claimkit.quantity.Quantity;
import io.claimkit.text.Region;
import io.claimkit.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The one reusable assertion of span invariants, run on every output of every test (after Lucene's
 * BaseTokenStreamTestCase): spans inside the text, texts equal to the raw text under them, no surrogate
 * pair cut, a claim's parts inside the document, low <= high in every interval; and for what a pipeline
 * extracted, {@link #checkExtracted}, a claim's parts inside the claim's span.
 */
public final class SpanInvariants {

  private SpanInvariants() {}

  public static void check(Analysis analysis) {
    String raw = analysis.document().text();
    for (Sentence sentence : analysis.sentences()) {
      checkSpan(raw, sentence.span(), null);
      for (Token token : sentence.tokens()) {
        checkSpan(raw, token.span(), token.text());
        assertThat(sentence.span().contains(token.span()))
            .as("token %s inside its sentence %s", token, sentence.span())
            .isTrue();
      }
    }
    analysis.mentions().forEach(m -> checkMention(raw, m));
  }

  public static void check(Extraction extraction) {
    String raw = extraction.document().text();
    extraction.mentions().forEach(m -> checkMention(raw, m));
    for (Region region : extraction.regions()) {
      checkSpan(raw, region.span(), null);
    }
    for (Claim claim : extraction.claims()) {
      checkSpan(raw, claim.span(), claim.text());
      assertThat(claim.confidence()).isBetween(0.0, 1.0);
      assertThat(claim.rule()).isNotBlank();
      for (Part part : parts(claim)) {
        checkSpan(raw, part.span(), part.text());
      }
      claim.mentions().forEach(m -> checkMention(raw, m));
    }
  }

  /**
   * {@link #check(Extraction)}, and every claim's parts inside its span: the pipeline's rules make a claim's span
   * cover its parts (a hand-made extraction in a test need not).
   */
  public static void checkExtracted(Extraction extraction) {
    check(extraction);
    for (Claim claim : extraction.claims()) {
      for (Part part : parts(claim)) {
        assertThat(claim.span().contains(part.span()))
            .as("part %s inside its claim %s", part, claim.span())
            .isTrue();
      }
    }
  }

  /** Every part of a claim, whatever its type. */
  public static List<Part> parts(Claim claim) {
    List<Part> parts = new ArrayList<>();
    if (claim instanceof QuantityClaim q) {
      parts.add(new Part(q.quantity().span(), q.quantity().text()));
      q.measured().ifPresent(parts::add);
      q.location().ifPresent(parts::add);
      q.time().ifPresent(parts::add);
      q.speaker().ifPresent(s -> parts.add(s.part()));
    } else if (claim instanceof AttributionClaim a) {
      parts.add(a.speaker().part());
      parts.add(a.cue());
      parts.add(a.content());
    } else if (claim instanceof EventClaim e) {
      parts.add(e.actor());
      parts.add(e.predicate());
      e.object().ifPresent(parts::add);
    }
    return parts;
  }

  private static void checkMention(String raw, Mention mention) {
    checkSpan(raw, mention.span(), mention.text());
    if (mention instanceof NumberMention number) {
      Quantity q = number.quantity();
      assertThat(q.low()).as("low <= high in %s", number).isLessThanOrEqualTo(q.high());
    }
  }

  /** Checks one span against the raw text and, when given, the text said to be under it. */
  public static void checkSpan(String raw, Span span, String text) {
    assertThat(span.begin()).as("begin of %s", span).isBetween(0, raw.length());
    assertThat(span.end()).as("end of %s", span).isBetween(span.begin(), raw.length());
    assertThat(cutsSurrogatePair(raw, span.begin()))
        .as("begin of %s cuts a surrogate pair", span)
        .isFalse();
    assertThat(cutsSurrogatePair(raw, span.end())).as("end of %s cuts a surrogate pair", span).isFalse();
    if (text != null) {
      assertThat(text).as("text of %s", span).isEqualTo(raw.substring(span.begin(), span.end()));
    }
  }

  private static boolean cutsSurrogatePair(String raw, int offset) {
    return offset > 0
        && offset < raw.length()
        && Character.isHighSurrogate(raw.charAt(offset - 1))
        && Character.isLowSurrogate(raw.charAt(offset));
  }
}
