package io.claimkit.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WordListTest {

  @Test
  void readsEntriesFlagsAndCommentsCaseInsensitively() {
    WordList list = WordList.parse("# verbs\nSay\nannounce\tnp\n\n  warn  \n");
    assertThat(list.words()).containsExactlyInAnyOrder("say", "announce", "warn");
    assertThat(list.contains("SAY")).isTrue();
    assertThat(list.hasFlag("Announce", "np")).isTrue();
    assertThat(list.hasFlag("say", "np")).isFalse();
  }

  @Test
  void plusAddsAndTheOthersFlagsWin() {
    WordList more = WordList.parse("say\tnp\nboast");
    WordList both = WordList.parse("say\nwarn").plus(more);
    assertThat(both.words()).containsExactlyInAnyOrder("say", "warn", "boast");
    assertThat(both.hasFlag("say", "np")).isTrue();
  }

  @Test
  void aMissingFileIsATypedError() {
    assertThatThrownBy(() -> WordList.read(Path.of("no/such/words.txt")))
        .isInstanceOfSatisfying(ClaimKitException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.UNREADABLE));
  }

  @Test
  void theGrammarListsAreLoadedFromTheirResources() {
    assertThat(GrammarWords.pronouns().contains("their")).isTrue();
    assertThat(GrammarWords.pronouns().contains("the")).isFalse();
    assertThat(GrammarWords.negations().contains("never")).isTrue();
    assertThat(GrammarWords.nounLinks().contains("of")).isTrue();
    assertThat(GrammarWords.subordinators().contains("although")).isTrue();
    assertThat(GrammarWords.clauseOpeners().contains("but")).isTrue();
  }
}
