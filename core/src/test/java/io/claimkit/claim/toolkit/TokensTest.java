package io.claimkit.claim.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimkit.analysis.Sentence;
import io.claimkit.testing.TaggedText;
import io.claimkit.text.Span;
import org.junit.jupiter.api.Test;

class TokensTest {

  private static final Sentence S = TaggedText.words(
      "“/`` They/PRP have/VBP|have not/RB said/VBN|say that/IN the/DT new/JJ tax/NN works/VBZ|work ,/, ”/''");

  @Test
  void tellsTheClassesOfTokensApart() {
    assertThat(Tokens.isQuote(S.token(0))).isTrue();
    assertThat(Tokens.isPronoun(S.token(1))).isTrue();
    assertThat(Tokens.isAuxiliary(S.token(2))).isTrue();
    assertThat(Tokens.isFiniteVerb(S.token(2))).isTrue();
    assertThat(Tokens.isNegation(S.token(3))).isTrue();
    assertThat(Tokens.isFiniteVerb(S.token(4))).isFalse();
    assertThat(Tokens.lemma(S.token(4))).isEqualTo("say");
    assertThat(Tokens.isThat(S.token(5))).isTrue();
    assertThat(Tokens.isDeterminer(S.token(6))).isTrue();
    assertThat(Tokens.isModifier(S.token(7))).isTrue();
    assertThat(Tokens.isNoun(S.token(8))).isTrue();
    assertThat(Tokens.isFiniteVerbOrModal(S.token(9))).isTrue();
    assertThat(Tokens.isComma(S.token(10))).isTrue();
    assertThat(Tokens.isPunctuation(S.token(10))).isTrue();
    assertThat(Tokens.isClosingQuote(S.token(11))).isTrue();
    assertThat(Tokens.lower(S.token(1))).isEqualTo("they");
  }

  @Test
  void aTokenRangeCoversItsTokensAndAnEmptyOneSitsWhereItsTokenWouldBegin() {
    TokenRange tax = new TokenRange(S, 6, 9);
    assertThat(tax.span()).isEqualTo(new Span(S.token(6).begin(), S.token(8).end()));
    assertThat(tax.size()).isEqualTo(3);
    assertThat(tax.last()).isEqualTo(8);
    TokenRange empty = new TokenRange(S, 6, 6);
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.span()).isEqualTo(new Span(S.token(6).begin(), S.token(6).begin()));
    assertThat(new TokenRange(S, S.size(), S.size()).span().begin()).isEqualTo(S.span().end());
  }
}
