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
      for (int[] stretch : stretches(sentence.tokens())) {
        read(raw, sentence.tokens(), stretch[0], stretch[1], finder, out);
      }
    }
    return out;
  }

  /** The stretches of a sentence that the model reads, as token index ranges (begin, end exclusive). */
  static List<int[]> stretches(List<Token> tokens) {
    List<int[]> out = new ArrayList<>();
    int from = 0;
    while ((from = nextCandidate(tokens, from)) < tokens.size()) {
      int begin = Math.max(0, from - CONTEXT_BEFORE);
      int end = from + 1;
      for (int next = nextCandidate(tokens, end); next < tokens.size() && next - end <= CONTEXT_BEFORE + CONTEXT_AFTER;
          next = nextCandidate(tokens, end)) {
        end = next + 1;
      }
      end = Math.min(tokens.size(), end + CONTEXT_AFTER);
      out.add(new int[] {begin, end});
      from = end;
    }
    return out;
  }

  /**
   * The model reads only the stretches of a sentence around words that may begin a name (a capital, or a first
   * word tagged as a proper noun; a name that starts with a digit, "3M", is left to the rules), with {@value #CONTEXT_BEFORE} words of context before and {@value #CONTEXT_AFTER} after: it finds no
   * name in lowercase text, and reading less keeps the backend fast.
   */
  private static int nextCandidate(List<Token> tokens, int from) {
    for (int i = from; i < tokens.size(); i++) {
      String w = tokens.get(i).text();
      int c = w.isEmpty() ? ' ' : w.codePointAt(0);
      if (i == 0 ? tokens.get(0).isProperNoun() : Character.isUpperCase(c)) {
        return i;
      }
    }
    return tokens.size();
  }

  /** Words of context the model reads on each side of a stretch: one tells the type as well as two, at less cost. */
  private static final int CONTEXT_BEFORE = 1;
  private static final int CONTEXT_AFTER = 1;

  private static void read(String raw, List<Token> tokens, int begin, int end, NameFinderME finder,
      List<EntityMention> out) {
    String[] words = new String[end - begin];
    for (int i = 0; i < words.length; i++) {
      words[i] = tokens.get(begin + i).text();
    }
    for (opennlp.tools.util.Span name : finder.find(words)) {
      io.claimkit.text.Span span = new io.claimkit.text.Span(
          tokens.get(begin + name.getStart()).begin(), tokens.get(begin + name.getEnd() - 1).end());
      out.add(new EntityMention(span, span.text(raw), TYPES.get(name.getType())));
    }
  }

}
