package io.claimkit.opennlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimkit.analysis.EntityMention;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameFinderTest {

  private static List<String> entities(String text) {
    return SharedBackend.analyze("t", text).mentions(EntityMention.class).stream()
        .map(e -> e.text() + "|" + e.type())
        .toList();
  }

  @Test
  void aTitleBeforeANameMakesAPersonAndTheLastNameIsRemembered() {
    assertThat(entities("Finance Minister Olena Kovalenko met reporters. Kovalenko said little."))
        .containsExactly("Finance Minister|TITLE", "Olena Kovalenko|PERSON", "Kovalenko|PERSON");
  }

  @Test
  void anAppositiveTitleOrAMiddleInitialMakesAPerson() {
    assertThat(entities("Tarek Haddad, a spokesman for the ministry, spoke to John Q. Public."))
        .containsExactly("Tarek Haddad|PERSON", "spokesman|TITLE", "John Q. Public|PERSON");
  }

  @Test
  void organizationCueWordsWinOverLeadingPlaces() {
    assertThat(entities("The Kenyan Health Ministry and the Department of Energy met in Nairobi."))
        .containsExactly("Kenyan Health Ministry|ORGANIZATION", "Department of Energy|ORGANIZATION",
            "Nairobi|LOCATION");
  }

  @Test
  void nationalitiesAndHyphenatedPlaces() {
    assertThat(entities("Iraqi officials blamed Iranian-backed militias for the Israel-Gaza conflict."))
        .containsExactly("Iraqi|NATIONALITY", "Iranian|NATIONALITY", "Israel|LOCATION", "Gaza|LOCATION");
  }

  @Test
  void aWholeGazetteerNameIsNotCutAtItsFirstWord() {
    assertThat(entities("Pilgrims died near Mecca, Saudi Arabia, and at the Al-Ghaza Hotel."))
        .containsExactly("Mecca|LOCATION", "Saudi Arabia|LOCATION", "Al-Ghaza Hotel|LOCATION");
  }

  @Test
  void aTitleCaseHeadlineOnlyGivesKnownNames() {
    assertThat(entities("Defense Secretary Considers Reducing Military Presence in Iraq amid Talks"))
        .containsExactly("Secretary|TITLE", "Iraq|LOCATION");
  }
}
