package io.claimkit.claim.rules;

import io.claimkit.analysis.EntityMention;
import io.claimkit.analysis.Sentence;
import io.claimkit.claim.AttributionClaim;
import io.claimkit.claim.ClaimContext;
import io.claimkit.claim.Part;
import io.claimkit.claim.Speaker;
import io.claimkit.claim.rules.AttributionFinder.Found;
import io.claimkit.claim.toolkit.Quotes;
import io.claimkit.pipeline.Layer;
import io.claimkit.pipeline.Layers;
import io.claimkit.pipeline.Stage;
import io.claimkit.text.Document;
import io.claimkit.text.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The built-in stage that adds {@link Layers#ATTRIBUTIONS}: who said what, found from the reporting cues of
 * a {@link ClaimLexicon}, with each speaker resolved within the document. The attribution rule states these
 * as claims; the quantity and event rules read them too (whose words a number is; what is no event).
 */
public final class AttributionStage implements Stage<List<AttributionClaim>> {

  private final AttributionFinder finder;
  private final SpeakerResolver resolver;

  public AttributionStage(ClaimLexicon lexicon) {
    Objects.requireNonNull(lexicon, "lexicon");
    this.finder = new AttributionFinder(lexicon);
    this.resolver = new SpeakerResolver(lexicon);
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
    List<AttributionClaim> claims = new ArrayList<>();
    Set<List<Span>> seen = new HashSet<>();
    List<EntityMention> persons = SpeakerResolver.persons(context);
    for (Found found : finder.find(context)) {
      Speaker speaker = speaker(context, persons, found);
      Span content = new Span(found.content().begin(), found.content().end());
      if (seen.add(List.of(speaker.part().span(), content))) {
        claims.add(claim(context, found, speaker, content));
      }
    }
    return List.copyOf(claims);
  }

  private Speaker speaker(ClaimContext context, List<EntityMention> persons, Found found) {
    Span span = found.speaker().span();
    return new Speaker(Part.of(context.document(), span), resolver.resolve(context, persons, span));
  }

  private static AttributionClaim claim(ClaimContext context, Found found, Speaker speaker, Span content) {
    Document document = context.document();
    Sentence sentence = found.speaker().sentence();
    List<Span> parts = List.of(speaker.part().span(), found.cue().span(), content);
    Span span = ClaimParts.claimSpan(context, sentence, parts);
    return new AttributionClaim(
        span,
        document.text(span),
        speaker,
        Part.of(document, found.cue().span()),
        Part.of(document, content),
        Quotes.directness(document.text(), found.content()),
        found.rule(),
        found.confidence(),
        ClaimParts.mentionsIn(context, List.of(speaker.part().span(), content)));
  }
}
