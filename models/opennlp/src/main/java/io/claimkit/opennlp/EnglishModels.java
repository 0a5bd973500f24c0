package io.claimkit.opennlp;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OpenNLP's English UD-EWT models, read once per JVM from the class path (the {@code opennlp-models-*-en}
 * jars keep each {@code .bin} at their root), and the tools that use them. The models are immutable and
 * shared; the {@code *ME} tools keep per-call state, so each thread gets its own from a {@link ThreadLocal}.
 */
final class EnglishModels {

  private static final Logger LOG = LoggerFactory.getLogger(EnglishModels.class);
  static final String SENTENCES = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  static final String LEMMAS = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

  private final ThreadLocal<Tools> tools;

  /** The tools of one thread. */
  record Tools(
      SentenceDetectorME sentences, TokenizerME tokenizer, POSTaggerME tagger, LemmatizerME lemmatizer) {}

  private EnglishModels(
      SentenceModel sentences, TokenizerModel tokens, POSModel pos, LemmatizerModel lemmas) {
    // POSTagFormat.CUSTOM keeps the model's own UD tags; UposToPenn translates them with the word's form.
    this.tools = ThreadLocal.withInitial(() -> new Tools(
        new SentenceDetectorME(sentences),
        new TokenizerME(tokens),
        new POSTaggerME(pos, POSTagFormat.CUSTOM),
        new LemmatizerME(lemmas)));
  }

  /**
   * Reads the four models.
   *
   * @throws ClaimKitException of kind {@link ErrorKind#MODEL_UNAVAILABLE} when one is missing or unreadable
   */
  static EnglishModels load() {
    long start = System.nanoTime();
    try {
      EnglishModels models = new EnglishModels(
          new SentenceModel(open(SENTENCES)),
          new TokenizerModel(open(TOKENS)),
          new POSModel(open(POS)),
          new LemmatizerModel(open(LEMMAS)));
      LOG.info("OpenNLP English models loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
      return models;
    } catch (IOException | RuntimeException e) {
      throw new ClaimKitException(
          ErrorKind.MODEL_UNAVAILABLE, null, "cannot load the OpenNLP English models: " + e, e);
    }
  }

  /** This thread's tools. */
  Tools tools() {
    return tools.get();
  }

  /** A class-path resource, or an IOException naming the jar that should hold it. */
  static InputStream open(String resource) throws IOException {
    InputStream in = EnglishModels.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException(
          "model " + resource + " is not on the class path (add the org.apache.opennlp:opennlp-models-* jar)");
    }
    return in;
  }
}
