package io.claimkit.claim;

import io.claimkit.analysis.Analysis;
import io.claimkit.analysis.NumberMention;
import io.claimkit.analysis.Sentence;
import io.claimkit.internal.SortedSpans;
import io.claimkit.pipeline.Layer;
import io.claimkit.pipeline.Layers;
import io.claimkit.text.Document;
import io.claimkit.text.Region;
import io.claimkit.text.RegionKind;
import io.claimkit.text.Span;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a {@link ClaimRule} or a {@link io.claimkit.pipeline.Stage} sees of one document: the document and the
 * layers the pipeline computed for it ({@link Layers}), each computed once and shared by every reader.
 *
 * <p>A reader may read only the layers it declares ({@link ClaimRule#reads()}, {@link
 * io.claimkit.pipeline.Stage#reads()}): the pipeline computes those before it runs, and asking for another
 * one is a mistake that fails at once, with a message that names the reader and the layer.
 *
 * <p>To run a rule on an analysis of one's own (in a test, say), {@link #of(Analysis, List)} makes a context
 * holding the analysis, its numbers and the regions.
 */
public final class ClaimContext {

  private final Document document;
  private final Map<Layer<?>, Object> layers;
  private final String reader;
  private final Set<Layer<?>> readable;

  private ClaimContext(Document document, Map<Layer<?>, Object> layers, String reader, Set<Layer<?>> readable) {
    this.document = Objects.requireNonNull(document, "document");
    this.layers = layers;
    this.reader = reader;
    this.readable = readable;
  }

  /**
   * A context over computed layers, every one of them readable. The map is the pipeline's own record of one
   * document; it is read, never written, through the context.
   */
  public static ClaimContext over(Document document, Map<Layer<?>, Object> layers) {
    return new ClaimContext(document, Objects.requireNonNull(layers, "layers"), null, null);
  }

  /**
   * A context holding an analysis, as {@link Layers#ANALYSIS}, {@link Layers#BACKEND} and (its number mentions)
   * {@link Layers#NUMBERS}, and the page's regions: enough for a rule that reads only those.
   */
  public static ClaimContext of(Analysis analysis, List<Region> regions) {
    Map<Layer<?>, Object> layers = new IdentityHashMap<>();
    layers.put(Layers.BACKEND, analysis);
    layers.put(Layers.ANALYSIS, analysis);
    layers.put(Layers.NUMBERS, analysis.mentions(NumberMention.class));
    layers.put(Layers.REGIONS, List.copyOf(regions));
    return over(analysis.document(), layers);
  }

  /** The same document and layers, of which {@code reader} may read only {@code reads}. */
  public ClaimContext forReader(String reader, Set<Layer<?>> reads) {
    return new ClaimContext(document, layers, Objects.requireNonNull(reader, "reader"), Set.copyOf(reads));
  }

  public Document document() {
    return document;
  }

  /**
   * The value of a layer.
   *
   * @throws IllegalStateException when the reader did not declare the layer, or nothing computed it
   */
  public <T> T layer(Layer<T> layer) {
    Objects.requireNonNull(layer, "layer");
    if (readable != null && !readable.contains(layer)) {
      throw new IllegalStateException(
          reader + " reads the layer \"" + layer + "\" without declaring it: add it to its reads()");
    }
    Object value = layers.get(layer);
    if (value == null) {
      throw new IllegalStateException("the layer \"" + layer + "\" is not computed for document " + document.id());
    }
    @SuppressWarnings("unchecked") // a layer's value is put under its own typed key only
    T typed = (T) value;
    return typed;
  }

  /** Whether the layer is computed and this reader may read it. */
  public boolean has(Layer<?> layer) {
    return (readable == null || readable.contains(layer)) && layers.containsKey(layer);
  }

  /** {@link Layers#ANALYSIS}: sentences, tokens and every mention, numbers included. */
  public Analysis analysis() {
    return layer(Layers.ANALYSIS);
  }

  /** The sentences of {@link #analysis()}. */
  public List<Sentence> sentences() {
    return analysis().sentences();
  }

  /** {@link Layers#REGIONS}. */
  public List<Region> regions() {
    return layer(Layers.REGIONS);
  }

  /** {@link Layers#ATTRIBUTIONS}: who said what in the document. */
  public List<AttributionClaim> attributions() {
    return layer(Layers.ATTRIBUTIONS);
  }

  /**
   * True when the claim stands in page furniture or a byline, where no claim may come from. The claim's
   * {@linkplain Claim#anchor() anchor} decides, not its whole span: a dateline that opens the first sentence
   * ("WASHINGTON (Reuters) - ...") must not take the sentence's claims with it. Reads {@link Layers#REGIONS}.
   */
  public boolean outsideArticle(Claim claim) {
    return inFurnitureOrByline(claim.anchor());
  }

  /** True when the span meets page furniture or a byline. Reads {@link Layers#REGIONS}. */
  public boolean inFurnitureOrByline(Span span) {
    List<Region> regions = regions();
    // Regions are in text order and apart: a binary search keeps this linear in claims, not claims x regions.
    for (int i = SortedSpans.firstEndingAfter(regions, Region::span, span.begin()); i < regions.size(); i++) {
      Region region = regions.get(i);
      if (region.span().begin() >= span.end()) {
        break;
      }
      if ((region.kind() == RegionKind.BOILERPLATE || region.kind() == RegionKind.BYLINE)
          && region.span().intersects(span)) {
        return true;
      }
    }
    return false;
  }
}
