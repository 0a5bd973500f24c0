package io.claimkit;

import io.claimkit.analysis.Analysis;
import io.claimkit.analysis.Mention;
import io.claimkit.analysis.NumberMention;
import io.claimkit.analysis.Sentence;
import io.claimkit.analysis.Token;
import io.claimkit.claim.Claim;
import io.claimkit.claim.ClaimPart;
import io.claimkit.quantity.Quantity;
import io.claimkit.text.Region;
import io.claimkit.text.Span;
import java.util.List;
import java.util.Objects;

/**
 * The invariants every extraction keeps, checked in one place: every span inside the text and cutting no
 * surrogate pair, every text equal to the raw text under its span, tokens in order and apart inside their
 * sentences, sentences in order and apart, regions in order, every interval's low end at most its high end, and
 * every part of a claim inside the claim's span.
 *
 * <p>A pipeline checks each of its extractions when the system property {@value #PROPERTY} is {@code true},
 * as ClaimKit's own test runs set it, so that every output of every test is checked; a rule author's tests can
 * set it too, or call {@link #verify} (or the test artifact's {@code SpanInvariants}) on what they extract.
 */
public final class ExtractionCheck {

  /** The system property that makes every pipeline check every extraction it makes. */
  public static final String PROPERTY = "claimkit.verifyExtractions";

  private ExtractionCheck() {}

  /**
   * Checks every invariant of an extraction.
   *
   * @throws IllegalStateException naming the document, the thing and the broken invariant, at the first one
   */
  public static void verify(Extraction extraction) {
    Objects.requireNonNull(extraction, "extraction");
    String raw = extraction.document().text();
    String doc = extraction.document().id();
    Span previous = null;
    for (Region region : extraction.regions()) {
      span(doc, raw, region.span(), null, "region");
      ordered(doc, previous, region.span(), "region");
      previous = region.span();
    }
    sentences(doc, raw, extraction.sentences());
    extraction.mentions().forEach(m -> mention(doc, raw, m));
    for (Claim claim : extraction.claims()) {
      span(doc, raw, claim.span(), claim.text(), "claim");
      if (!(claim.confidence() >= 0 && claim.confidence() <= 1) || claim.rule().isBlank()) {
        throw broken(doc, "claim " + claim.span() + " has confidence " + claim.confidence() + " and rule \""
            + claim.rule() + "\"");
      }
      for (ClaimPart part : claim.parts()) {
        span(doc, raw, part.part().span(), part.part().text(), part.role().jsonName());
        if (!claim.span().contains(part.part().span())) {
          throw broken(doc, part.role().jsonName() + " " + part.part().span() + " outside its claim " + claim.span());
        }
      }
      claim.mentions().forEach(m -> mention(doc, raw, m));
    }
  }

  /** The invariants of what a backend read: sentences, tokens and mentions. */
  public static void verify(Analysis analysis) {
    Objects.requireNonNull(analysis, "analysis");
    String raw = analysis.document().text();
    String doc = analysis.document().id();
    sentences(doc, raw, analysis.sentences());
    analysis.mentions().forEach(m -> mention(doc, raw, m));
  }

  /**
   * Checks one span against a raw text and, when {@code text} is not null, the text said to be under it.
   *
   * @throws IllegalStateException when the span leaves the text, cuts a surrogate pair or covers other text
   */
  public static void verifySpan(String raw, Span span, String text) {
    span("a text", raw, span, text, "span");
  }

  private static void sentences(String doc, String raw, List<Sentence> sentences) {
    Span previousSentence = null;
    for (Sentence sentence : sentences) {
      span(doc, raw, sentence.span(), null, "sentence");
      ordered(doc, previousSentence, sentence.span(), "sentence");
      previousSentence = sentence.span();
      Span previousToken = null;
      for (Token token : sentence.tokens()) {
        span(doc, raw, token.span(), token.text(), "token");
        ordered(doc, previousToken, token.span(), "token");
        previousToken = token.span();
        if (!sentence.span().contains(token.span())) {
          throw broken(doc, "token " + token.span() + " outside its sentence " + sentence.span());
        }
      }
    }
  }

  private static void mention(String doc, String raw, Mention mention) {
    span(doc, raw, mention.span(), mention.text(), "mention");
    if (mention instanceof NumberMention number) {
      Quantity q = number.quantity();
      if (!(q.low() <= q.high())) {
        throw broken(doc, "number " + number.span() + " has low " + q.low() + " above high " + q.high());
      }
    }
  }

  /** A span inside the text, cutting no surrogate pair, and the raw text under it equal to {@code text}. */
  private static void span(String doc, String raw, Span span, String text, String what) {
    if (span.end() > raw.length()) {
      throw broken(doc, what + " " + span + " ends after the text's " + raw.length() + " chars");
    }
    if (cutsSurrogatePair(raw, span.begin()) || cutsSurrogatePair(raw, span.end())) {
      throw broken(doc, what + " " + span + " cuts a surrogate pair");
    }
    if (text != null && (text.length() != span.length() || !raw.regionMatches(span.begin(), text, 0, span.length()))) {
      throw broken(doc, what + " " + span + " says \"" + text + "\" over \"" + span.text(raw) + "\"");
    }
  }

  private static void ordered(String doc, Span previous, Span next, String what) {
    if (previous != null && next.begin() < previous.end()) {
      throw broken(doc, what + " " + next + " begins before the " + what + " " + previous + " ends");
    }
  }

  private static boolean cutsSurrogatePair(String raw, int offset) {
    return offset > 0
        && offset < raw.length()
        && Character.isHighSurrogate(raw.charAt(offset - 1))
        && Character.isLowSurrogate(raw.charAt(offset));
  }

  private static IllegalStateException broken(String doc, String what) {
    return new IllegalStateException("extraction of " + doc + ": " + what);
  }
}
