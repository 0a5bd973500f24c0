package io.claimkit.claim.rules;

import io.claimkit.analysis.Sentence;
import io.claimkit.claim.AttributionClaim;
import io.claimkit.claim.ClaimContext;
import io.claimkit.claim.CueKind;
import io.claimkit.claim.Directness;
import io.claimkit.claim.Part;
import io.claimkit.claim.Speaker;
import io.claimkit.claim.rules.AttributionFinder.Found;
import io.claimkit.claim.toolkit.NounPhrases;
import io.claimkit.claim.toolkit.Quotes;
import io.claimkit.claim.toolkit.Tokens;
import io.claimkit.internal.SortedSpans;
import io.claimkit.pipeline.Layer;
import io.claimkit.pipeline.Layers;
import io.claimkit.pipeline.Stage;
import io.claimkit.text.Document;
import io.claimkit.text.Region;
import io.claimkit.text.RegionKind;
import io.claimkit.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in stage that adds {@link Layers#ATTRIBUTIONS}: who said what, found from the reporting cues of a
 * {@link ClaimLexicon}, each with its speaker resolved within the document, the kind of its cue, whether it
 * quotes, and a confidence from the evidence that made it ({@link AttributionConfidence}). The attribution
 * rule states these as claims; the quantity and event rules read them too (whose words a number is; what is
 * no event).
 */
public final class AttributionStage implements Stage<List<AttributionClaim>> {

  /** How many attributions before its cue a first-person speaker looks through for its quotation. */
  private static final int MAX_ENCLOSING = 32;

  private final ClaimLexicon lexicon;
  private final AttributionFinder finder;

  public AttributionStage(ClaimLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.finder = new AttributionFinder(lexicon);
  }

  @Override
  public String id() {
    return "attributions";
  }

  @Override
  public Layer<List<AttributionClaim>> adds() {
    return Layers.ATTRIBUTIONS;
  }

  @Override
  public Set<Layer<?>> reads() {
    return Layers.DEFAULT_READS;
  }

  @Override
  public List<AttributionClaim> compute(ClaimContext context) {
    String raw = context.document().text();
    List<Found> found = InterruptedQuotes.merge(finder.find(context), raw);
    SpeakerResolver resolver = SpeakerResolver.of(context, lexicon);
    List<Span> groups = new ArrayList<>();
    List<AttributionClaim> claims = new ArrayList<>();
    Set<List<Span>> seen = new HashSet<>();
    for (Found f : found) {
      Span content = outsideBylines(context, f.content());
      if (content.isEmpty() || !seen.add(List.of(f.speaker().span(), content))) {
        continue;
      }
      Span speakerSpan = f.speaker().span();
      Optional<String> resolved = firstPerson(raw, speakerSpan)
          ? Optional.empty() // resolved below, once every quotation's own attribution is known
          : resolver.resolve(speakerSpan, groups);
      Speaker speaker = new Speaker(Part.of(context.document(), speakerSpan), resolved);
      if (resolver.isGroup(f.speaker())) {
        groups.add(speakerSpan);
      }
      claims.add(claim(context, f, speaker, content));
    }
    return List.copyOf(withFirstPersonResolved(claims, raw));
  }

  /**
   * "“I think it will pass,” the mayor said": a first-person speaker resolves to the speaker of the nearest
   * attribution whose content holds its cue.
   */
  private static List<AttributionClaim> withFirstPersonResolved(List<AttributionClaim> claims, String raw) {
    List<AttributionClaim> byContent = new ArrayList<>(claims);
    byContent.sort(Comparator.comparingInt(a -> a.content().span().begin()));
    List<AttributionClaim> resolved = new ArrayList<>(claims.size());
    for (AttributionClaim claim : claims) {
      Span speaker = claim.speaker().part().span();
      if (!firstPerson(raw, speaker)) {
        resolved.add(claim);
        continue;
      }
      Optional<String> name = enclosingSpeaker(byContent, claim, raw);
      resolved.add(name.isEmpty() ? claim : new AttributionClaim(claim.span(), claim.text(),
          new Speaker(claim.speaker().part(), name), claim.cue(), claim.content(), claim.directness(),
          claim.cueKind(), claim.rule(), claim.confidence(), claim.mentions()));
    }
    return resolved;
  }

  private AttributionClaim claim(ClaimContext context, Found found, Speaker speaker, Span content) {
    Document document = context.document();
    Sentence sentence = found.speaker().sentence();
    List<Span> parts = List.of(speaker.part().span(), found.cue().span(), content);
    Span span = ClaimParts.claimSpan(context, sentence, parts);
    Directness directness = InterruptedQuotes.isInterrupted(found) && hasQuoteMark(document.text(content))
        ? Directness.DIRECT
        : Quotes.directness(document.text(), content);
    CueKind kind = kind(found);
    return new AttributionClaim(
        span,
        document.text(span),
        speaker,
        Part.of(document, found.cue().span()),
        Part.of(document, content),
        directness,
        kind,
        found.rule(),
        AttributionConfidence.of(found, speaker, kind, spansSeveralSentences(context.sentences(), content)),
        ClaimParts.mentionsIn(context, List.of(speaker.part().span(), content)));
  }

  /** An interrupted content is a direct quotation when marks stand in it; "Fares, the union said, will rise" is none. */
  private static boolean hasQuoteMark(String text) {
    return text.chars().anyMatch(c -> c == '"' || c == '“' || c == '”');
  }

  private static boolean spansSeveralSentences(List<Sentence> sentences, Span content) {
    int first = SortedSpans.firstEndingAfter(sentences, Sentence::span, content.begin());
    return first + 1 < sentences.size() && sentences.get(first + 1).span().begin() < content.end();
  }

  /** The cue's kind; a text that "says" something, or "according to" a text, reports a document. */
  private CueKind kind(Found found) {
    String cue = Tokens.lemma(found.cue().sentence().token(found.cue().last()));
    CueKind kind = switch (found.rule()) {
      case "attribution.according-to" -> CueKind.SPEECH;
      case NominalCues.RULE -> NominalCues.kind(cue);
      default -> lexicon.cueKind(cue);
    };
    int head = NounPhrases.head(found.speaker().sentence(), found.speaker().from(), found.speaker().to());
    boolean document = lexicon.documentNouns().contains(Tokens.lemma(found.speaker().sentence().token(head)));
    return kind == CueKind.SPEECH && document ? CueKind.DOCUMENT : kind;
  }

  /**
   * The content without a byline or page furniture at its begin: a dateline that opens the first paragraph
   * ("RIVERTON (Reuters) -") is not what anyone said.
   */
  private static Span outsideBylines(ClaimContext context, Span content) {
    int begin = content.begin();
    List<Region> regions = context.regions();
    // Regions are in text order: start at the first that ends after the content's begin, not at the top.
    for (int i = SortedSpans.firstEndingAfter(regions, Region::span, begin); i < regions.size(); i++) {
      Region region = regions.get(i);
      if (region.span().begin() > begin) {
        break;
      }
      boolean furniture = region.kind() == RegionKind.BYLINE || region.kind() == RegionKind.BOILERPLATE;
      if (furniture && region.span().contains(begin)) {
        begin = region.span().end();
      }
    }
    String raw = context.document().text();
    while (begin < content.end() && (Character.isWhitespace(raw.charAt(begin)) || "-–—:".indexOf(raw.charAt(begin)) >= 0)) {
      begin++;
    }
    return new Span(Math.min(begin, content.end()), content.end());
  }

  private static boolean firstPerson(String raw, Span speaker) {
    String text = speaker.text(raw).toLowerCase(Locale.ROOT);
    return text.equals("i") || text.equals("we");
  }

  /** The speaker of the innermost other attribution whose content holds the claim's cue. */
  private static Optional<String> enclosingSpeaker(List<AttributionClaim> byContent, AttributionClaim inner,
      String raw) {
    Span cue = inner.cue().span();
    int i = SortedSpans.firstBeginningAtOrAfter(byContent, a -> a.content().span(), cue.begin() + 1) - 1;
    AttributionClaim best = null;
    for (int seen = 0; i >= 0 && seen < MAX_ENCLOSING; i--, seen++) {
      AttributionClaim outer = byContent.get(i);
      boolean holds = outer != inner && outer.content().span().contains(cue)
          && !firstPerson(raw, outer.speaker().part().span());
      if (holds && (best == null || outer.content().span().length() < best.content().span().length())) {
        best = outer;
      }
    }
    return Optional.ofNullable(best).map(o -> o.speaker().resolvesTo().orElse(o.speaker().part().text()));
  }

}
