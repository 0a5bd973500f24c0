package io.claimkit.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import io.claimkit.testing.Seeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** SUTime is skipped only where it would have found nothing. */
class SuTimeGateTest {

  /** The Wikinews articles the examples module bundles for its benchmark (CC BY 2.5). */
  private static final Path WIKINEWS = Path.of("../../examples/src/main/resources/io/claimkit/bench/wikinews");

  @Test
  void theSharedBackendGatesSutime() {
    assertThat(CoreNlpBackend.shared().sutimeGate()).isPresent();
  }

  @Test
  void sutimeFindsNothingInTheSentencesTheGateSkips() throws IOException {
    CueGatedTimeExtractor gate = CoreNlpBackend.shared().sutimeGate().orElseThrow();
    // The backend's own tokenize,ssplit,pos,lemma: the tokens SUTime would be given.
    StanfordCoreNLP tokens = new StanfordCoreNLP(CoreNlpBackend.properties(CoreNlpOptions.defaults()));
    int skipped = 0;
    int read = 0;
    for (String text : texts()) {
      Annotation annotation = new Annotation(text);
      tokens.annotate(annotation);
      for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
        if (CueGatedTimeExtractor.mayHoldTime(sentence)) {
          read++;
        } else {
          skipped++;
          assertThat(gate.sutime().extractTimeExpressionCoreMaps(sentence, "2024-01-15"))
              .as(sentence.toString())
              .isEmpty();
        }
      }
    }
    assertThat(skipped).isGreaterThan(300);
    assertThat(read).isGreaterThan(300);
  }

  private static List<String> texts() throws IOException {
    List<String> texts = new ArrayList<>();
    Seeds.documents().forEach(seed -> texts.add(seed.text()));
    assertThat(WIKINEWS).isDirectory();
    try (Stream<Path> files = Files.list(WIKINEWS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(file));
      }
    }
    return texts;
  }
}
