package io.claimkit.pipeline;

import io.claimkit.analysis.Analysis;
import io.claimkit.analysis.Mention;
import io.claimkit.analysis.NumberMention;
import io.claimkit.claim.ClaimContext;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The built-in stage that adds {@link Layers#ANALYSIS}: the backend's analysis with the {@link Layers#NUMBERS}
 * in place of the numbers the backend found itself, and the backend's entity mentions brought to ClaimKit's
 * name conventions (no pronoun, no leading determiner, one type per name in a document: {@code docs/names.md}).
 */
public final class AnalysisStage implements Stage<Analysis> {

  /** The stage; it holds no state. */
  public AnalysisStage() {}

  @Override
  public String id() {
    return "analysis";
  }

  @Override
  public Layer<Analysis> adds() {
    return Layers.ANALYSIS;
  }

  @Override
  public Set<Layer<?>> reads() {
    return Set.of(Layers.BACKEND, Layers.NUMBERS);
  }

  @Override
  public Analysis compute(ClaimContext context) {
    Analysis backend = context.layer(Layers.BACKEND);
    Stream<Mention> others = backend.mentions().stream().filter(m -> !(m instanceof NumberMention));
    List<Mention> mentions = Stream.concat(others, context.layer(Layers.NUMBERS).stream()).toList();
    return backend.withMentions(EntityNames.apply(backend.document().text(), mentions, backend.tokens()));
  }
}
