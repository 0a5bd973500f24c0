package io.claimkit.claim.rules;

import com.google.common.base.Throwables;
import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import com.google.common.util.concurrent.ExecutionError;
import com.google.common.util.concurrent.UncheckedExecutionException;
import io.claimkit.analysis.EntityMention;
import io.claimkit.analysis.Sentence;
import io.claimkit.claim.AttributionClaim;
import io.claimkit.claim.ClaimContext;
import io.claimkit.claim.ClaimRule;
import io.claimkit.claim.Part;
import io.claimkit.claim.Speaker;
import io.claimkit.claim.rules.AttributionFinder.Found;
import io.claimkit.text.Document;
import io.claimkit.text.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The built-in attribution rule: who said what, with the speaker resolved within the document.
 *
 * <p>The quantity and event rules ask it who said what too. It remembers its answer per context (weakly, by
 * identity), so the built-in rules, which share one instance, find a document's attributions once.
 */
public final class AttributionRule implements ClaimRule {

  private final AttributionFinder finder;
  private final SpeakerResolver resolver;
  private final LoadingCache<ClaimContext, List<AttributionClaim>> byContext =
      CacheBuilder.newBuilder().weakKeys().build(CacheLoader.from(this::find));

  public AttributionRule(ClaimLexicon lexicon) {
    this.finder = new AttributionFinder(lexicon);
    this.resolver = new SpeakerResolver(lexicon);
  }

  @Override
  public String id() {
    return "attribution";
  }

  @Override
  public List<AttributionClaim> apply(ClaimContext context) {
    try {
      return byContext.getUnchecked(context);
    } catch (UncheckedExecutionException | ExecutionError e) {
      Throwables.throwIfUnchecked(e.getCause()); // the rule's own failure, as if it had not been cached
      throw e;
    }
  }

  private List<AttributionClaim> find(ClaimContext context) {
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
