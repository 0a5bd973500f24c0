package io.claimkit.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP as it comes, for benchmarks: a pipeline of the given annotators on CoreNLP's default properties,
 * nothing of ClaimKit's own settings. {@link #baseline()} is the yardstick ClaimKit's speed is measured
 * against; {@link #tokenizer()} counts tokens the same way for every configuration compared.
 */
public final class PlainCoreNlp {

  /** The annotators of CoreNLP's usual NER pipeline. */
  public static final String BASELINE_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";

  private final StanfordCoreNLP pipeline;

  private PlainCoreNlp(String annotators) {
    Properties props = new Properties();
    props.setProperty("annotators", annotators);
    this.pipeline = new StanfordCoreNLP(props);
  }

  /** {@code tokenize,ssplit,pos,lemma,ner} with CoreNLP's defaults. Loading takes seconds. */
  public static PlainCoreNlp baseline() {
    return new PlainCoreNlp(BASELINE_ANNOTATORS);
  }

  /** CoreNLP's tokenizer alone, with its defaults. */
  public static PlainCoreNlp tokenizer() {
    return new PlainCoreNlp("tokenize");
  }

  /** Annotates a text as one document and returns its number of tokens. Thread-safe. */
  public int annotate(String text) {
    Annotation annotation = new Annotation(text);
    pipeline.annotate(annotation);
    List<?> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    return tokens == null ? 0 : tokens.size();
  }
}
