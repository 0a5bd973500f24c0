package io.claimkit.pipeline;

import io.claimkit.claim.ClaimContext;
import java.util.Set;

/**
 * One step of the pipeline that adds a {@link Layer} to every document, reading only the layers it
 * declares. The pipeline orders its stages when it is built, so that each runs after the stages whose layers
 * it reads, refuses a stage that reads a layer nothing adds, and computes each layer once per document, only
 * when a claim rule or the extraction needs it.
 *
 * <p>The built-in stages add {@link Layers#NUMBERS}, {@link Layers#ANALYSIS}, {@link Layers#REGIONS} and
 * {@link Layers#ATTRIBUTIONS}; a stage of one's own given to {@code ClaimPipeline.Builder.stage} either adds a
 * new layer or replaces the built-in stage of its layer.
 *
 * <p>Implementations must be stateless or thread-safe: one instance serves every document and thread.
 *
 * @param <T> the type of the layer it adds
 */
public interface Stage<T> {

  /** A short stable name for messages and logs. */
  String id();

  /** The layer this stage adds. */
  Layer<T> adds();

  /** The layers this stage reads; {@link #compute} may read these and no others. */
  Set<Layer<?>> reads();

  /**
   * The layer's value for one document: never null, and immutable.
   *
   * @param context the document, with the layers of {@link #reads()} computed
   */
  T compute(ClaimContext context);
}
