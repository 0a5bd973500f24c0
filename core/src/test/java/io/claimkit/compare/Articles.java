package io.claimkit.compare;

import io.claimkit.Extraction;
import io.claimkit.analysis.NumberMention;
import io.claimkit.claim.AttributionClaim;
import io.claimkit.claim.Claim;
import io.claimkit.claim.Directness;
import io.claimkit.claim.EventClaim;
import io.claimkit.claim.Part;
import io.claimkit.claim.QuantityClaim;
import io.claimkit.claim.Speaker;
import io.claimkit.quantity.Quantity;
import io.claimkit.testing.SpanInvariants;
import io.claimkit.text.Document;
import io.claimkit.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Hand-made articles: each claim is one sentence of the text, its parts found in it by their words. */
final class Articles {

  private final Document document;
  private final List<Claim> claims = new ArrayList<>();
  private final List<String> tagged = new ArrayList<>();

  private Articles(String id, String text) {
    this.document = Document.of(id, text);
  }

  static Articles of(String id, String text) {
    return new Articles(id, text);
  }

  /** A quantity claim on the sentence holding {@code number}; absent parts are null. */
  Articles quantity(String sentence, String number, Quantity value, String measured, String location, String time) {
    Span s = find(sentence, 0);
    Span n = find(number, s.begin());
    NumberMention mention = new NumberMention(n, number, value.withSurface(number));
    claims.add(
        new QuantityClaim(
            s, sentence, mention, part(measured, s), part(location, s), part(time, s), Optional.empty(),
            "test.quantity", 1.0, List.of(mention)));
    return this;
  }

  /** A quantity claim whose number stands in what a speaker said. */
  Articles quantitySaidBy(String sentence, String number, Quantity value, String measured, String speaker) {
    quantity(sentence, number, value, measured, null, null);
    QuantityClaim q = (QuantityClaim) claims.remove(claims.size() - 1);
    Speaker who = new Speaker(part(speaker, q.span()).orElseThrow(), Optional.empty());
    claims.add(new QuantityClaim(q.span(), q.text(), q.quantity(), q.measured(), q.location(), q.time(),
        Optional.of(who), q.rule(), q.confidence(), q.mentions()));
    return this;
  }

  /** The tokens of one sentence of the text, tagged as {@code TaggedText} reads them ("were/VBD|be"). */
  Articles tagged(String taggedSentence) {
    tagged.add(taggedSentence);
    return this;
  }

  Articles attribution(String sentence, String speaker, String resolvesTo, String cue, String content) {
    Span s = find(sentence, 0);
    claims.add(
        new AttributionClaim(
            s, sentence, new Speaker(part(speaker, s).orElseThrow(), Optional.ofNullable(resolvesTo)),
            part(cue, s).orElseThrow(), part(content, s).orElseThrow(), Directness.INDIRECT, "test.attribution",
            1.0, List.of()));
    return this;
  }

  Articles event(String sentence, String actor, String predicate) {
    Span s = find(sentence, 0);
    claims.add(
        new EventClaim(
            s, sentence, part(actor, s).orElseThrow(), part(predicate, s).orElseThrow(), Optional.empty(),
            "test.event", 1.0, List.of()));
    return this;
  }

  Extraction extraction() {
    claims.sort((a, b) -> a.span().compareTo(b.span()));
    List<io.claimkit.analysis.Sentence> sentences = tagged.isEmpty()
        ? List.of()
        : io.claimkit.testing.TaggedText.document(document, List.of(), tagged.toArray(String[]::new)).sentences();
    Extraction extraction = new Extraction(document, List.of(), sentences, List.of(), claims);
    SpanInvariants.check(extraction);
    return extraction;
  }

  private Optional<Part> part(String text, Span within) {
    return text == null ? Optional.empty() : Optional.of(Part.of(document, find(text, within.begin())));
  }

  private Span find(String text, int from) {
    int at = document.text().indexOf(text, from);
    if (at < 0) {
      throw new IllegalArgumentException("\"" + text + "\" is not in the text");
    }
    return new Span(at, at + text.length());
  }
}
