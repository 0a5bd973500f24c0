package io.claimkit.opennlp;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import io.claimkit.analysis.EntityMention;
import io.claimkit.analysis.EntityType;
import io.claimkit.analysis.Sentence;
import io.claimkit.analysis.Token;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ext.ExtensionLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ClaimKit's statistical name finder: OpenNLP's {@link NameFinderME} with the model trained by {@code
 * NameModelTrainer} (persons, organizations, locations; see the module README and NOTICE: the model is data
 * under CC BY-SA 4.0). Thread-safe: each thread has its own finder.
 */
final class NameModel {

  /** The model's resource path. */
  static final String RESOURCE = "/io/claimkit/opennlp/claimkit-names-en.bin";

  private static final Map<String, EntityType> TYPES = Map.of(
      "person", EntityType.PERSON, "organization", EntityType.ORGANIZATION, "location", EntityType.LOCATION);

  private static final Logger LOG = LoggerFactory.getLogger(NameModel.class);

  private final ThreadLocal<NameFinderME> finders;

  private NameModel(TokenNameFinderModel model) {
    this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
  }

  /**
   * Reads the model from the jar.
   *
   * @throws ClaimKitException of kind {@link ErrorKind#MODEL_UNAVAILABLE} when it is missing or unreadable
   */
  static NameModel load() {
    allowLexiconFeatures();
    long start = System.nanoTime();
    try (InputStream in = EnglishModels.open(RESOURCE)) {
      NameModel model = new NameModel(new TokenNameFinderModel(in));
      LOG.info("name model loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
      return model;
    } catch (IOException | RuntimeException e) {
      throw new ClaimKitException(ErrorKind.MODEL_UNAVAILABLE, null, "cannot load the name model: " + e, e);
    }
  }

  /** Lets OpenNLP build {@link LexiconFeatures}, which the model's feature descriptor names. */
  static void allowLexiconFeatures() {
    ExtensionLoader.registerAllowedPackage(LexiconFeatures.class.getPackageName());
  }

  /** The names the model finds in a document's sentences, in text order. */
  List<EntityMention> find(String raw, List<Sentence> sentences) {
    NameFinderME finder = finders.get();
    finder.clearAdaptiveData(); // the previous-outcome features belong to one document
    List<EntityMention> out = new ArrayList<>();
    for (Sentence sentence : sentences) {
      List<Token> tokens = sentence.tokens();
      String[] words = new String[tokens.size()];
      for (int i = 0; i < words.length; i++) {
        words[i] = tokens.get(i).text();
      }
      for (opennlp.tools.util.Span name : finder.find(words)) {
        io.claimkit.text.Span span = new io.claimkit.text.Span(
            tokens.get(name.getStart()).begin(), tokens.get(name.getEnd() - 1).end());
        out.add(new EntityMention(span, span.text(raw), TYPES.get(name.getType())));
      }
    }
    return out;
  }
}
