package io.claimkit.opennlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.claimkit.analysis.EntityMention;
import io.claimkit.analysis.EntityType;
import io.claimkit.text.Span;
import org.junit.jupiter.api.Test;

class NameModelTest {

  @Test
  void gazetteerFeaturesMarkPhrasesAndTheirFirstToken() {
    String[][] features = LexiconFeatures.compute(
        new String[] {"Prime", "Minister", "Anna", "Berg", "visited", "Saudi", "Arabia", "."});
    assertThat(features[0]).contains("lx=titleb");
    assertThat(features[1]).contains("lx=titlei");
    assertThat(features[2]).contains("lx=given");
    assertThat(features[3]).isEmpty();
    assertThat(features[5]).contains("lx=locb");
    assertThat(features[6]).contains("lx=loci");
    assertThat(features[7]).isEmpty();
  }

  @Test
  void aTitleBeforeAPersonsNameIsCutOff() {
    EntityMention found = new EntityMention(new Span(10, 29), "Senator John Cornyn", EntityType.PERSON);
    assertThat(NamePasses.withoutTitle(found)).isEqualTo(
        new EntityMention(new Span(18, 29), "John Cornyn", EntityType.PERSON));
    EntityMention place = new EntityMention(new Span(0, 10), "Senator Ave", EntityType.LOCATION);
    assertThat(NamePasses.withoutTitle(place)).isSameAs(place);
  }

  @Test
  void theShippedModelFindsPersonsOrganizationsAndPlaces() {
    String raw = "Maria Lopez, a spokeswoman for the World Health Organization, said on Monday that the"
        + " outbreak had spread from Kenya to Uganda.";
    // The model alone finds every name; with one word of context it may take an organization for a place.
    assertThat(NameModel.load().find(raw, SharedBackend.analyze("t", raw).sentences()))
        .extracting(EntityMention::text)
        .contains("Maria Lopez", "World Health Organization", "Kenya", "Uganda");
    // The backend's passes after the model (the gazetteers decide organization against place) type them all.
    assertThat(SharedBackend.analyze("t", raw).mentions(EntityMention.class))
        .extracting(EntityMention::text, EntityMention::type)
        .contains(tuple("Maria Lopez", EntityType.PERSON),
            tuple("World Health Organization", EntityType.ORGANIZATION),
            tuple("Kenya", EntityType.LOCATION), tuple("Uganda", EntityType.LOCATION));
  }
}
