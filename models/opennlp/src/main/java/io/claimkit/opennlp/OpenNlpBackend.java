package io.claimkit.opennlp;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import io.claimkit.analysis.Analysis;
import io.claimkit.analysis.Backend;
import io.claimkit.analysis.Mention;
import io.claimkit.analysis.Sentence;
import io.claimkit.analysis.Token;
import io.claimkit.internal.TextBlocks;
import io.claimkit.text.Document;
import io.claimkit.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fast backend, on Apache OpenNLP's English UD-EWT models: sentences, tokens, Penn Treebank tags
 * (translated from UD by {@link UposToPenn}), verb lemmas, named entities from a trained name model and then
 * gazetteers and context rules ({@link NamePasses}) and simple dates ({@link SimpleTemporals}). It reports no number mentions: core's
 * quantity recognizer finds them from the tokens.
 *
 * <p>Like the CoreNLP backend, it reads the raw text in {@link TextBlocks} (a headline, a byline and each
 * paragraph end their sentences) and bounds the length of every piece: a sentence longer than
 * {@link OpenNlpOptions#maxSentenceChars()} is cut at whitespace, so a megabyte without punctuation costs
 * linear time. Offsets are shifted back to the raw text at every step.
 *
 * <p>Lemmas: the lemmatizer is the slowest stage (about an eighth of the POS tagger's speed), and the rules
 * read lemmas of verbs only (say, stress, have, be). So only verbs and auxiliaries are lemmatized; a plural
 * common noun gets its singular by suffix rules, a proper noun keeps its form, any other token its lowercased
 * form.
 *
 * <p>Models load once per JVM ({@link #shared()}, or {@link #create} per set of options); {@link #analyze}
 * is thread-safe, each thread using its own OpenNLP tools.
 */
public final class OpenNlpBackend implements Backend {

  private static final Logger LOG = LoggerFactory.getLogger(OpenNlpBackend.class);
  /** Guava's memoizing supplier loads once, thread-safely, and tries again after a failed load. */
  private static final Supplier<OpenNlpBackend> SHARED =
      Suppliers.memoize(() -> create(OpenNlpOptions.defaults()));

  private final OpenNlpOptions options;
  private final EnglishModels models;
  private final NamePasses names;
  private final VerbLemmas verbLemmas = new VerbLemmas();

  private OpenNlpBackend(OpenNlpOptions options, EnglishModels models) {
    this.options = options;
    this.models = models;
    this.names = new NamePasses(NameModel.load(), new NameFinder());
  }

  /**
   * The JVM-wide backend with {@link OpenNlpOptions#defaults()}, loaded on first use. A failed load is not
   * remembered: the next call tries again.
   *
   * @throws ClaimKitException of kind {@link ErrorKind#MODEL_UNAVAILABLE} when the models cannot be loaded
   */
  public static OpenNlpBackend shared() {
    return SHARED.get();
  }

  /**
   * A backend with its own options. Each call reads the models again; keep the result.
   *
   * @throws ClaimKitException of kind {@link ErrorKind#MODEL_UNAVAILABLE} when the models cannot be loaded
   */
  public static OpenNlpBackend create(OpenNlpOptions options) {
    Objects.requireNonNull(options, "options");
    OpenNlpBackend backend = new OpenNlpBackend(options, EnglishModels.load());
    LOG.info("OpenNLP backend ready with {}", options);
    return backend;
  }

  @Override
  public String name() {
    return "opennlp";
  }

  public OpenNlpOptions options() {
    return options;
  }

  /**
   * Analyzes one document.
   *
   * @throws ClaimKitException of kind {@link ErrorKind#ANALYSIS_FAILED} naming the document when OpenNLP fails
   */
  @Override
  public Analysis analyze(Document document) {
    Objects.requireNonNull(document, "document");
    String raw = document.text();
    EnglishModels.Tools tools = models.tools();
    List<Sentence> sentences = new ArrayList<>();
    try {
      for (Span block : TextBlocks.split(raw, options.maxChunkChars())) {
        for (Span sentence : sentenceSpans(tools, raw, block)) {
          List<Token> tokens = tokens(tools, raw, sentence);
          if (!tokens.isEmpty()) {
            Span span = new Span(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end());
            sentences.add(new Sentence(sentences.size(), span, tokens));
          }
        }
      }
    } catch (RuntimeException | StackOverflowError e) {
      throw new ClaimKitException(
          ErrorKind.ANALYSIS_FAILED, document.id(), "OpenNLP failed: " + e, e);
    }
    List<Mention> mentions = new ArrayList<>(names.find(raw, sentences));
    for (Sentence sentence : sentences) {
      mentions.addAll(SimpleTemporals.find(raw, sentence));
    }
    return new Analysis(document, sentences, mentions);
  }

  /** The sentences of one block, each at most maxSentenceChars long, in raw-text offsets. */
  private List<Span> sentenceSpans(EnglishModels.Tools tools, String raw, Span block) {
    String text = block.text(raw);
    List<Span> out = new ArrayList<>();
    for (Span s : Abbreviations.mergeSentences(text, tools.sentences().sentPosDetect(text))) {
      String sentence = s.text(text);
      int shift = block.begin() + s.begin();
      for (Span piece : TextBlocks.split(sentence, options.maxSentenceChars())) {
        out.add(new Span(piece.begin() + shift, piece.end() + shift));
      }
    }
    return out;
  }

  /** The tokens of one sentence, with Penn tags and lemmas, in raw-text offsets. */
  private List<Token> tokens(EnglishModels.Tools tools, String raw, Span sentence) {
    String text = sentence.text(raw);
    opennlp.tools.util.Span[] spans = Abbreviations.joinTokens(text, WordTokenizer.tokenizePos(tools.tokenizer(), text));
    String[] words = opennlp.tools.util.Span.spansToStrings(spans, text);
    String[] upos = tools.tagger().tag(words);
    List<Span> split = new ArrayList<>();
    List<String> splitWords = new ArrayList<>();
    List<String> splitTags = new ArrayList<>();
    for (int i = 0; i < spans.length; i++) {
      int begin = sentence.begin() + spans[i].getStart();
      MultiwordTokens.split(words[i], upos[i], begin, split, splitWords, splitTags);
    }
    List<String> lemmas = verbLemmas(tools, splitWords, splitTags);
    String[] penn = UposToPenn.tags(splitWords, splitTags, lemmas);
    for (int i = 0; i < penn.length; i++) {
      if (splitWords.get(i).equals("\"")) {
        penn[i] = straightQuote(raw, split.get(i), penn[i]);
      }
    }
    List<Token> tokens = new ArrayList<>(split.size());
    for (int i = 0; i < split.size(); i++) {
      String word = splitWords.get(i);
      tokens.add(new Token(split.get(i), word, penn[i], lemma(word, penn[i], lemmas.get(i))));
    }
    return tokens;
  }

  /** The lemmas of the verbs and auxiliaries, null elsewhere: the lemmatizer runs on those tokens only. */
  private List<String> verbLemmas(EnglishModels.Tools tools, List<String> words, List<String> tags) {
    List<String> lemmas = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      String tag = tags.get(i);
      boolean verb = tag.equals("VERB") || tag.equals("AUX");
      lemmas.add(verb ? verbLemmas.lemma(tools.lemmatizer(), words.get(i), tag) : null);
    }
    return lemmas;
  }

  /**
   * A straight double quote opens when space stands before it and a word after it, and closes in the mirror
   * case; when the text does not say (a quote between two spaces), the alternation within the sentence holds.
   */
  static String straightQuote(String raw, Span quote, String alternated) {
    boolean spaceBefore = quote.begin() == 0 || Character.isWhitespace(raw.charAt(quote.begin() - 1))
        || "([{".indexOf(raw.charAt(quote.begin() - 1)) >= 0;
    boolean spaceAfter = quote.end() == raw.length() || Character.isWhitespace(raw.charAt(quote.end()));
    if (spaceBefore && !spaceAfter) {
      return "``";
    }
    if (!spaceBefore && spaceAfter) {
      return "''";
    }
    return alternated;
  }

  private static String lemma(String word, String penn, String verbLemma) {
    if (verbLemma != null) {
      return verbLemma;
    }
    if (penn.startsWith("NNP")) {
      return word;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    return penn.equals("NNS") ? UposToPenn.singular(lower) : lower;
  }
}
