package io.claimkit.pipeline;

import java.util.Objects;

/**
 * The typed name of something the pipeline computes once per document: the regions of the page, the numbers,
 * the attributions, or a layer of one's own. A {@link Stage} adds one layer and declares the layers it reads;
 * rules and stages read layers through {@link io.claimkit.claim.ClaimContext#layer(Layer)}.
 *
 * <p>Layers are compared by identity: make each once, as a constant, and share it.
 *
 * <pre>{@code
 * public static final Layer<List<MoneyMention>> MONEY = Layer.named("money");
 * }</pre>
 *
 * @param <T> the type of the layer's value, which must be immutable (it is shared by every reader)
 */
public final class Layer<T> {

  private final String name;

  private Layer(String name) {
    this.name = Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a layer needs a name");
    }
  }

  /** A new layer; its name is for messages and logs, its identity is the object. */
  public static <T> Layer<T> named(String name) {
    return new Layer<>(name);
  }

  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }
}
