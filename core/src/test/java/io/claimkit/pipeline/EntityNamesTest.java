package io.claimkit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.claimkit.analysis.Analysis;
import io.claimkit.analysis.EntityMention;
import io.claimkit.analysis.EntityType;
import io.claimkit.analysis.Mention;
import io.claimkit.analysis.Mentions;
import io.claimkit.testing.TaggedText;
import io.claimkit.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityNamesTest {

  @Test
  void aPronounIsNoNameAndALeadingDeterminerIsCutOff() {
    String raw = "She said the Philippines and the US would sign it.";
    Analysis analysis = TaggedText.sentence(raw,
        "She/PRP said/VBD|say the/DT Philippines/NNPS and/CC the/DT US/NNP would/MD sign/VB it/PRP ./.",
        entity(raw, "She", 1, EntityType.PERSON), entity(raw, "the Philippines", 1, EntityType.LOCATION),
        entity(raw, "US", 1, EntityType.LOCATION), entity(raw, "it", 1, EntityType.ORGANIZATION));

    assertThat(names(analysis)).containsExactly(
        tuple("Philippines", EntityType.LOCATION, new Span(13, 24)),
        tuple("US", EntityType.LOCATION, new Span(33, 35)));
  }

  @Test
  void aPlaceWithItsCountryIsTwoNames() {
    String raw = "Protesters gathered in Lyon, France's third city.";
    Analysis analysis = TaggedText.sentence(raw,
        "Protesters/NNS gathered/VBD|gather in/IN Lyon/NNP ,/, France/NNP 's/POS third/JJ city/NN ./.",
        entity(raw, "Lyon, France's", 1, EntityType.LOCATION));

    assertThat(names(analysis)).containsExactly(
        tuple("Lyon", EntityType.LOCATION, new Span(23, 27)),
        tuple("France", EntityType.LOCATION, new Span(29, 35)));
  }

  @Test
  void aLaterLastNameTakesThePersonsTypeEvenWhereTheBackendFoundNothing() {
    String raw = "Ngozi Okonjo met Kenyan ministers. Okonjo said Okonjo would return.";
    Analysis analysis = TaggedText.document(io.claimkit.text.Document.of("d", raw),
        List.of(entity(raw, "Ngozi Okonjo", 1, EntityType.PERSON), entity(raw, "Okonjo", 2, EntityType.LOCATION)),
        "Ngozi/NNP Okonjo/NNP met/VBD|meet Kenyan/JJ ministers/NNS ./.",
        "Okonjo/NNP said/VBD|say Okonjo/NNP would/MD return/VB ./.");

    assertThat(names(analysis)).containsExactly(
        tuple("Ngozi Okonjo", EntityType.PERSON, new Span(0, 12)),
        tuple("Okonjo", EntityType.PERSON, new Span(35, 41)),
        tuple("Okonjo", EntityType.PERSON, new Span(47, 53)));
  }

  @Test
  void aNameTakesTheTypeGivenMostOftenAndAnOrganizationNamedAfterAPlaceKeepsItsType() {
    String raw = "Texas Instruments hired in Texas; Texas grew while Texas Instruments and Texas paid.";
    Analysis analysis = TaggedText.sentence(raw,
        "Texas/NNP Instruments/NNPS hired/VBD|hire in/IN Texas/NNP ;/: Texas/NNP grew/VBD|grow while/IN"
            + " Texas/NNP Instruments/NNPS and/CC Texas/NNP paid/VBD|pay ./.",
        entity(raw, "Texas Instruments", 1, EntityType.ORGANIZATION), entity(raw, "Texas", 2, EntityType.LOCATION),
        entity(raw, "Texas", 3, EntityType.LOCATION), entity(raw, "Texas Instruments", 2, EntityType.ORGANIZATION),
        entity(raw, "Texas", 5, EntityType.PERSON));

    assertThat(names(analysis)).extracting(t -> t.toList().get(1)).containsExactly(
        EntityType.ORGANIZATION, EntityType.LOCATION, EntityType.LOCATION, EntityType.ORGANIZATION,
        EntityType.LOCATION);
  }

  @Test
  void aNameGoesOnOverAHyphenWrittenWithoutSpaces() {
    String raw = "Lawmaker Kwok Ka-ki met Mohamed El-Hassan Mohamed in Hong Kong.";
    Analysis analysis = TaggedText.sentence(raw,
        "Lawmaker/NN Kwok/NNP Ka/NNP -/HYPH ki/NN met/VBD|meet Mohamed/NNP El/NNP -/HYPH Hassan/NNP"
            + " Mohamed/NNP in/IN Hong/NNP Kong/NNP ./.",
        entity(raw, "Kwok Ka", 1, EntityType.PERSON), entity(raw, "Mohamed El", 1, EntityType.PERSON),
        entity(raw, "Hassan Mohamed", 1, EntityType.PERSON), entity(raw, "Hong Kong", 1, EntityType.LOCATION));

    assertThat(names(analysis)).containsExactly(
        tuple("Kwok Ka-ki", EntityType.PERSON, new Span(9, 19)),
        tuple("Mohamed El-Hassan Mohamed", EntityType.PERSON, new Span(24, 49)),
        tuple("Hong Kong", EntityType.LOCATION, new Span(53, 62)));
  }

  private static List<org.assertj.core.groups.Tuple> names(Analysis analysis) {
    List<Mention> out = EntityNames.apply(analysis.document().text(), analysis.mentions(), analysis.tokens());
    return Mentions.ofKind(Mentions.sorted(out), EntityMention.class).stream()
        .map(e -> tuple(e.text(), e.type(), e.span())).toList();
  }

  private static EntityMention entity(String raw, String text, int occurrence, EntityType type) {
    return new EntityMention(TaggedText.find(raw, text, occurrence), text, type);
  }
}
