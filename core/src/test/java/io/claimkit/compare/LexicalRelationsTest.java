package io.claimkit.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimkit.compare.LexicalRelations.Kinship;
import org.junit.jupiter.api.Test;

class LexicalRelationsTest {

  private static Kinship between(String x, String y) {
    return LexicalRelations.between(x, null, y, null);
  }

  @Test
  void synonymsShareASense() {
    assertThat(between("students", "pupils")).isEqualTo(Kinship.SYNONYM);
    assertThat(between("wounded", "injured")).isEqualTo(Kinship.SYNONYM);
    assertThat(between("protesters", "demonstrators")).isEqualTo(Kinship.SYNONYM);
  }

  @Test
  void hypernymsGroupsAndCausesRelate() {
    assertThat(between("residents", "people")).isEqualTo(Kinship.RELATED);
    assertThat(between("troops", "soldiers")).isEqualTo(Kinship.RELATED);
    assertThat(between("killed", "died")).isEqualTo(Kinship.RELATED);
    assertThat(between("displaced", "evacuated")).isEqualTo(Kinship.RELATED);
  }

  @Test
  void otherEventsAndDistantKinAreUnrelated() {
    assertThat(between("killed", "displaced")).isEqualTo(Kinship.NONE);
    assertThat(between("killed", "injured")).isEqualTo(Kinship.NONE);
    assertThat(between("people", "soldiers")).isEqualTo(Kinship.NONE);
    assertThat(between("houses", "people")).isEqualTo(Kinship.NONE);
  }

  @Test
  void antonymsAreOpposites() {
    assertThat(between("rose", "fell")).isEqualTo(Kinship.OPPOSITE);
    assertThat(between("increased", "decreased")).isEqualTo(Kinship.OPPOSITE);
    assertThat(between("rose", "increased")).isEqualTo(Kinship.RELATED);
  }

  @Test
  void theSameWordOrLemmaIsTheSame() {
    assertThat(LexicalRelations.between("died", "die", "dies", "die")).isEqualTo(Kinship.SAME);
    assertThat(between("Troops", "troops")).isEqualTo(Kinship.SAME);
  }

  @Test
  void aWordTheResourceDoesNotKnowRelatesToNothing() {
    assertThat(LexicalRelations.knows("qwzx")).isFalse();
    assertThat(between("qwzx", "people")).isEqualTo(Kinship.NONE);
    assertThat(LexicalRelations.knows("residents")).isTrue();
  }
}
