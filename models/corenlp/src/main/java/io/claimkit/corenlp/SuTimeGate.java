package io.claimkit.corenlp;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import java.lang.reflect.Field;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a {@link CueGatedTimeExtractor} in front of the SUTime that CoreNLP's NER annotator runs. CoreNLP offers
 * no hook for it: its NER annotator holds a {@code NERClassifierCombiner}, which holds a
 * {@code NumberSequenceClassifier}, which holds SUTime in a private final field, built from a class name
 * nobody can set. So the gate is installed through those three fields, by reflection, on the CoreNLP version
 * this module pins; when a field is not where it was (another CoreNLP), nothing is changed, SUTime reads
 * every sentence as before, and one warning says so.
 */
final class SuTimeGate {

  private static final Logger LOG = LoggerFactory.getLogger(SuTimeGate.class);

  private SuTimeGate() {}

  /** Installs the gate; returns the gated extractor, or empty when SUTime could not be reached. */
  static Optional<CueGatedTimeExtractor> install(NERCombinerAnnotator ner) {
    try {
      Slot slot = slot(ner);
      if (!(slot.field().get(slot.holder()) instanceof TimeExpressionExtractor sutime)) {
        throw new IllegalStateException("SUTime is off in the NER combiner");
      }
      CueGatedTimeExtractor gated =
          sutime instanceof CueGatedTimeExtractor already ? already : new CueGatedTimeExtractor(sutime);
      slot.field().set(slot.holder(), gated);
      return Optional.of(gated);
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.warn("SUTime reads every sentence: its temporal-cue gate could not be installed ({})", e.toString());
      return Optional.empty();
    }
  }

  /** The gate in front of the annotator's SUTime, if one is installed. */
  static Optional<CueGatedTimeExtractor> installed(NERCombinerAnnotator ner) {
    try {
      Slot slot = slot(ner);
      return slot.field().get(slot.holder()) instanceof CueGatedTimeExtractor gated
          ? Optional.of(gated)
          : Optional.empty();
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The field that holds SUTime, and the object that has it. */
  private record Slot(Object holder, Field field) {}

  private static Slot slot(NERCombinerAnnotator ner) throws ReflectiveOperationException {
    Object combiner = read(NERCombinerAnnotator.class, "ner", ner);
    Object numbers = read(NERClassifierCombiner.class, "nsc", combiner);
    if (!(numbers instanceof NumberSequenceClassifier)) {
      throw new IllegalStateException("no NumberSequenceClassifier in the NER combiner");
    }
    Field field = NumberSequenceClassifier.class.getDeclaredField("timexExtractor");
    field.setAccessible(true);
    return new Slot(numbers, field);
  }

  private static Object read(Class<?> owner, String name, Object from) throws ReflectiveOperationException {
    Field field = owner.getDeclaredField(name);
    field.setAccessible(true);
    return field.get(from);
  }
}
