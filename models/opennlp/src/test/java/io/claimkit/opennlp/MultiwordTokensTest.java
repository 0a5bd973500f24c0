package io.claimkit.opennlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimkit.text.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultiwordTokensTest {

  private static List<String> split(String word, String tag) {
    List<Span> spans = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    MultiwordTokens.split(word, tag, 10, spans, words, tags);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      assertThat(spans.get(i).length()).isEqualTo(words.get(i).length());
      out.add(words.get(i) + "/" + tags.get(i) + "@" + spans.get(i).begin());
    }
    return out;
  }

  @Test
  void splitsCliticsAtTheirApostrophe() {
    assertThat(split("Iraq's", "PROPN+PART")).containsExactly("Iraq/PROPN@10", "'s/PART@14");
    assertThat(split("they’ve", "PRON+AUX")).containsExactly("they/PRON@10", "’ve/AUX@14");
    assertThat(split("don't", "AUX+PART")).containsExactly("do/AUX@10", "n't/PART@12");
    assertThat(split("cannot", "AUX+PART")).containsExactly("can/AUX@10", "not/PART@13");
  }

  @Test
  void splitsAPossessiveTheTokenizerMissed() {
    assertThat(split("military’s", "NOUN")).containsExactly("military/NOUN@10", "’s/PART@18");
  }

  @Test
  void detachesHyphensLeftOnAWordsEdge() {
    assertThat(split("Iranian-", "ADJ")).containsExactly("Iranian/ADJ@10", "-/PUNCT@17");
    assertThat(split("-Gaza", "PROPN")).containsExactly("-/PUNCT@10", "Gaza/PROPN@11");
  }

  @Test
  void keepsAWordItCannotCut() {
    assertThat(split("gimme", "VERB+PRON")).containsExactly("gimme/VERB@10");
    assertThat(split("troops", "NOUN")).containsExactly("troops/NOUN@10");
  }
}
