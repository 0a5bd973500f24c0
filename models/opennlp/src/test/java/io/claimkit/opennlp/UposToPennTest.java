package io.claimkit.opennlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The UD to Penn translation on hand-tagged sentences: words, UD tags, verb lemmas ("-" for none). */
class UposToPennTest {

  private static List<String> penn(String words, String upos, String lemmas) {
    List<String> w = Arrays.asList(words.split(" "));
    List<String> u = Arrays.asList(upos.split(" "));
    List<String> l = Arrays.stream(lemmas.split(" ")).map(s -> s.equals("-") ? null : s).toList();
    return Arrays.asList(UposToPenn.tags(w, u, l));
  }

  @Test
  void pastTenseParticipleAndThirdPerson() {
    assertThat(penn(
        "Austin said that troops were deployed and he says they have stressed it",
        "PROPN VERB SCONJ NOUN AUX VERB CCONJ PRON VERB PRON AUX VERB PRON",
        "- say - - be deploy - - say - have stress -"))
        .containsExactly("NNP", "VBD", "IN", "NNS", "VBD", "VBN", "CC", "PRP", "VBZ", "PRP", "VBP", "VBN",
            "PRP");
  }

  @Test
  void participleBeforeByAndCoordinatedWithOne() {
    assertThat(penn(
        "groups trained and supplied by Iran",
        "NOUN VERB CCONJ VERB ADP PROPN",
        "- train - supply - -"))
        .containsExactly("NNS", "VBN", "CC", "VBN", "IN", "NNP");
  }

  @Test
  void irregularFormsDecideAlone() {
    assertThat(penn("they went and had gone", "PRON VERB CCONJ AUX VERB", "- go - have go"))
        .containsExactly("PRP", "VBD", "CC", "VBD", "VBN");
  }

  @Test
  void aFormSharedByBaseAndParticipleIsAParticipleAfterHave() {
    assertThat(penn("it had become known", "PRON AUX VERB VERB", "- have become know"))
        .containsExactly("PRP", "VBD", "VBN", "VBN");
  }

  @Test
  void aReducedRelativeNeedsAFiniteVerbInItsClause() {
    assertThat(penn("candidates elected in May were sworn", "NOUN VERB ADP PROPN AUX VERB",
        "- elect - - be swear"))
        .containsExactly("NNS", "VBN", "IN", "NNP", "VBD", "VBN");
    assertThat(penn("Austin signaled on Thursday , saying talks will start", "PROPN VERB ADP PROPN PUNCT VERB NOUN AUX VERB",
        "- signal - - - say - will start"))
        .containsExactly("NNP", "VBD", "IN", "NNP", ",", "VBG", "NNS", "MD", "VB");
  }

  @Test
  void baseFormAfterModalAndToElsePresent() {
    assertThat(penn(
        "meetings will enable leaders to begin talks that remain open",
        "NOUN AUX VERB NOUN PART VERB NOUN PRON VERB ADJ",
        "- will enable - - begin - - remain -"))
        .containsExactly("NNS", "MD", "VB", "NNS", "TO", "VB", "NNS", "WDT", "VBP", "JJ");
  }

  @Test
  void gerundsAndAuxiliaries() {
    assertThat(penn("he is saying it has been done", "PRON AUX VERB PRON AUX AUX VERB",
        "- be say - have be do"))
        .containsExactly("PRP", "VBZ", "VBG", "PRP", "VBZ", "VBN", "VBN");
  }

  @Test
  void possessiveNegationAndContractions() {
    assertThat(penn("Iraq 's forces do n't leave", "PROPN PART NOUN AUX PART VERB", "- - - do - leave"))
        .containsExactly("NNP", "POS", "NNS", "VBP", "RB", "VB");
  }

  @Test
  void quotesAlternateAndCurlyOnesByShape() {
    assertThat(penn("\" yes \" “ no ”", "PUNCT INTJ PUNCT PUNCT INTJ PUNCT", "- - - - - -"))
        .containsExactly("``", "UH", "''", "``", "UH", "''");
  }

  @Test
  void pluralsByForm() {
    assertThat(penn("people news countries analysis Americans", "NOUN NOUN NOUN NOUN PROPN", "- - - - -"))
        .containsExactly("NNS", "NN", "NNS", "NN", "NNPS");
    assertThat(UposToPenn.singular("countries")).isEqualTo("country");
    assertThat(UposToPenn.singular("troops")).isEqualTo("troop");
    assertThat(UposToPenn.singular("people")).isEqualTo("person");
    assertThat(UposToPenn.singular("churches")).isEqualTo("church");
    assertThat(UposToPenn.singular("forces")).isEqualTo("force");
  }

  @Test
  void closedClasses() {
    assertThat(penn(
        "there were 900 of whom most held their posts",
        "PRON AUX NUM ADP PRON ADJ VERB PRON NOUN",
        "- be - - - - hold - -"))
        .containsExactly("EX", "VBD", "CD", "IN", "WP", "JJS", "VBD", "PRP$", "NNS");
  }
}
