package io.claimkit.opennlp;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OpenNLP's English UD-EWT models, read once per JVM from the class path (the {@code opennlp-models-*-en}
 * jars keep each {@code .bin} at their root), and the tools that use them. The models are immutable and
 * shared; the {@code *ME} tools keep per-call state, so each thread gets its own from a {@link ThreadLocal}.
 *
 * <p>Two settings differ from the models' own, both for speed and both measured to change nothing on the
 * bundled Wikinews articles and the seeds (17,423 tokens: the same tokens, the same tags): the tokenizer
 * keeps a run of letters only or of digits only whole without asking its model (OpenNLP's alphanumeric
 * optimization, narrowed so that "10km" and "5pm" still reach the model, which splits them), 4 times faster;
 * the tagger decodes greedily ({@link GreedyTagger}) instead of with a beam of 3, about 3 times faster.
 */
final class EnglishModels {

  private static final Logger LOG = LoggerFactory.getLogger(EnglishModels.class);
  static final String SENTENCES = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  static final String LEMMAS = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
  /** Whitespace-separated tokens the tokenizer keeps whole: letters only, or digits only. */
  static final Pattern PLAIN_TOKEN = Pattern.compile("^(?:[A-Za-z]+|[0-9]+)$");

  private final ThreadLocal<Tools> tools;

  /** The tools of one thread. */
  record Tools(
      SentenceDetectorME sentences, TokenizerME tokenizer, GreedyTagger tagger, LemmatizerME lemmatizer) {}

  private EnglishModels(
      SentenceModel sentences, TokenizerModel tokens, POSModel pos, LemmatizerModel lemmas) {
    // The tagger gives the model's own UD tags; UposToPenn translates them with the word's form.
    this.tools = ThreadLocal.withInitial(() -> new Tools(
        new SentenceDetectorME(sentences),
        new TokenizerME(tokens),
        new GreedyTagger(pos),
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
          plainTokensWhole(new TokenizerModel(open(TOKENS))),
          new POSModel(open(POS)),
          new LemmatizerModel(open(LEMMAS)));
      LOG.info("OpenNLP English models loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
      return models;
    } catch (IOException | RuntimeException e) {
      throw new ClaimKitException(
          ErrorKind.MODEL_UNAVAILABLE, null, "cannot load the OpenNLP English models: " + e, e);
    }
  }

  /** The same tokenizer model, keeping {@link #PLAIN_TOKEN}s whole without evaluating them. */
  static TokenizerModel plainTokensWhole(TokenizerModel model) {
    TokenizerFactory factory = model.getFactory();
    return new TokenizerModel(model.getMaxentModel(), Map.of(),
        new TokenizerFactory(factory.getLanguageCode(), factory.getAbbreviationDictionary(), true, PLAIN_TOKEN));
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
