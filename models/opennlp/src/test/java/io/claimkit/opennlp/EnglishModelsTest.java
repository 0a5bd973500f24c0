package io.claimkit.opennlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimkit.testing.Seeds;
import io.claimkit.text.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The speed settings of {@link EnglishModels} give the same tokens and tags as the models' own settings. */
class EnglishModelsTest {

  /** The Wikinews articles the examples module bundles for its benchmark (CC BY 2.5). */
  private static final Path WIKINEWS = Path.of("../../examples/src/main/resources/io/claimkit/bench/wikinews");

  private static SentenceDetectorME sentences;
  private static TokenizerModel tokens;
  private static POSModel tags;

  @BeforeAll
  static void load() throws Exception {
    sentences = new SentenceDetectorME(new SentenceModel(EnglishModels.open(EnglishModels.SENTENCES)));
    tokens = new TokenizerModel(EnglishModels.open(EnglishModels.TOKENS));
    tags = new POSModel(EnglishModels.open(EnglishModels.POS));
  }

  @Test
  void keepingPlainTokensWholeTokenizesAsTheModelDoes() {
    TokenizerME asTrained = new TokenizerME(tokens);
    TokenizerME fast = new TokenizerME(EnglishModels.plainTokensWhole(tokens));
    assertThat(fast.useAlphaNumericOptimization()).isTrue();
    for (String sentence : sentences()) {
      assertThat(fast.tokenizePos(sentence)).as(sentence).isEqualTo(asTrained.tokenizePos(sentence));
    }
  }

  @Test
  void theWordTokenizerSplitsAsTheModelDoes() throws IOException {
    TokenizerME asTrained = new TokenizerME(tokens);
    TokenizerME fast = new TokenizerME(EnglishModels.plainTokensWhole(tokens));
    List<String> all = withWikinews(sentences());
    all.add("(Reuters) He said: \"No!\" (twice), \u201cWhy?\u201d etc. Inc. (a) \"");
    for (String sentence : all) {
      assertThat(WordTokenizer.tokenizePos(fast, sentence)).as(sentence).isEqualTo(asTrained.tokenizePos(sentence));
    }
    assertThat(all).hasSizeGreaterThan(700);
  }

  @Test
  void mixedLettersAndDigitsStillReachTheModel() {
    TokenizerME fast = new TokenizerME(EnglishModels.plainTokensWhole(tokens));
    assertThat(fast.tokenize("a 10km walk at 5pm")).containsExactly("a", "10", "km", "walk", "at", "5", "pm");
  }

  @Test
  void greedyTaggingTagsAsTheBeamDoes() throws IOException {
    TokenizerME tokenizer = new TokenizerME(tokens);
    POSTaggerME beam = new POSTaggerME(tags, POSTagFormat.CUSTOM);
    GreedyTagger greedy = new GreedyTagger(tags);
    int compared = 0;
    for (String sentence : withWikinews(sentences())) {
      String[] words = tokenizer.tokenize(sentence);
      assertThat(greedy.tag(words)).as(sentence).isEqualTo(beam.tag(words));
      compared += words.length;
    }
    assertThat(compared).isGreaterThan(15_000);
  }

  private static List<String> withWikinews(List<String> sentences) throws IOException {
    List<String> all = new ArrayList<>(sentences);
    try (Stream<Path> files = Files.list(WIKINEWS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        all.addAll(List.of(EnglishModelsTest.sentences.sentDetect(Files.readString(file))));
      }
    }
    return all;
  }

  /** The seeds' sentences and a few built to be hard: contractions, abbreviations, units, quotes. */
  private static List<String> sentences() {
    List<String> out = new ArrayList<>();
    for (Document seed : Seeds.documents()) {
      out.addAll(List.of(sentences.sentDetect(seed.text())));
    }
    out.add("He can't say, and they won't: the U.S. Army's 3rd Division ran 10km at 5pm on Jan. 5, 2024.");
    out.add("\"It's over,\" she said -- about 2,500 troops (roughly 70%) remain; 151 attacks since Oct. 17.");
    out.add("gonna wanna cannot e-mail COVID-19 mp3 2020s $48m 1.5bn");
    return out;
  }
}
