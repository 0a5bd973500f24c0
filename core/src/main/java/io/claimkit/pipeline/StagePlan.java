package io.claimkit.pipeline;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import io.claimkit.analysis.Analysis;
import io.claimkit.claim.ClaimContext;
import io.claimkit.claim.ClaimRule;
import io.claimkit.text.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The order in which a pipeline computes its layers, checked once when the pipeline is built: every layer a
 * rule or stage reads has exactly one stage that adds it (or is {@link Layers#BACKEND}, which the backend
 * gives), no stage depends on itself, and only the layers something needs are computed. Immutable.
 */
public final class StagePlan {

  private final List<Stage<?>> order;

  private StagePlan(List<Stage<?>> order) {
    this.order = List.copyOf(order);
  }

  /**
   * Plans the stages that compute the layers {@code rules} read and the layers in {@code alwaysNeeded}.
   *
   * @throws ClaimKitException of kind {@code invalid_argument} when two stages add one layer, a layer that is
   *     read has no stage, or stages read each other's layers in a circle
   */
  public static StagePlan of(
      Collection<? extends Stage<?>> stages, Collection<? extends ClaimRule> rules, Set<Layer<?>> alwaysNeeded) {
    Map<Layer<?>, Stage<?>> producers = new IdentityHashMap<>();
    for (Stage<?> stage : stages) {
      Stage<?> other = producers.put(Objects.requireNonNull(stage.adds(), "adds() of " + stage.id()), stage);
      if (other != null) {
        throw invalid("the stages \"" + other.id() + "\" and \"" + stage.id() + "\" both add the layer \""
            + stage.adds() + "\"");
      }
      if (stage.adds() == Layers.BACKEND) {
        throw invalid("the stage \"" + stage.id() + "\" adds the backend's layer; give the pipeline a backend instead");
      }
    }
    Map<Layer<?>, String> readers = new LinkedHashMap<>();
    alwaysNeeded.forEach(layer -> readers.put(layer, "the extraction"));
    for (ClaimRule rule : rules) {
      rule.reads().forEach(layer -> readers.putIfAbsent(layer, "the rule \"" + rule.id() + "\""));
    }
    Map<Stage<?>, Boolean> state = new IdentityHashMap<>(); // false: being visited, true: done
    List<Stage<?>> order = new ArrayList<>();
    for (Map.Entry<Layer<?>, String> read : readers.entrySet()) {
      visit(read.getKey(), read.getValue(), producers, state, order);
    }
    return new StagePlan(order);
  }

  private static void visit(
      Layer<?> layer, String reader, Map<Layer<?>, Stage<?>> producers, Map<Stage<?>, Boolean> state,
      List<Stage<?>> order) {
    if (layer == Layers.BACKEND) {
      return;
    }
    Stage<?> stage = producers.get(layer);
    if (stage == null) {
      throw invalid(reader + " reads the layer \"" + layer + "\", which no stage adds");
    }
    Boolean seen = state.get(stage);
    if (Boolean.TRUE.equals(seen)) {
      return;
    }
    if (Boolean.FALSE.equals(seen)) {
      throw invalid("the stage \"" + stage.id() + "\" depends on its own layer \"" + layer + "\"");
    }
    state.put(stage, false);
    for (Layer<?> read : stage.reads()) {
      visit(read, "the stage \"" + stage.id() + "\"", producers, state, order);
    }
    state.put(stage, true);
    order.add(stage);
  }

  /** The stages in the order they run. */
  public List<Stage<?>> stages() {
    return order;
  }

  /**
   * Computes every planned layer of one document, in order, each stage seeing only what it declared.
   *
   * @return the document's layers, {@link Layers#BACKEND} included
   */
  public ClaimContext compute(Document document, Analysis backend) {
    Map<Layer<?>, Object> layers = new IdentityHashMap<>();
    layers.put(Layers.BACKEND, Objects.requireNonNull(backend, "backend"));
    ClaimContext all = ClaimContext.over(document, layers);
    for (Stage<?> stage : order) {
      Object value = stage.compute(all.forReader("the stage \"" + stage.id() + "\"", stage.reads()));
      layers.put(stage.adds(), Objects.requireNonNull(value, () -> "the stage " + stage.id() + " returned null"));
    }
    return all;
  }

  @Override
  public String toString() {
    return order.stream().map(s -> s.id() + " -> " + s.adds()).collect(Collectors.joining(", ", "[", "]"));
  }

  private static ClaimKitException invalid(String message) {
    return new ClaimKitException(ErrorKind.INVALID_ARGUMENT, null, message);
  }
}
