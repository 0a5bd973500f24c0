package io.claimkit.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimkit.Extraction;
import io.claimkit.analysis.EntityMention;
import io.claimkit.analysis.EntityType;
import io.claimkit.analysis.Mention;
import io.claimkit.text.Document;
import io.claimkit.text.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityGoldTest {

  static EntityGold mini() throws IOException {
    try (InputStream in = EntityGoldTest.class.getResourceAsStream("mini.conllu")) {
      return EntityGold.parse("mini", new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
    }
  }

  @Test
  void rebuildsTheTextAndReadsNamesWithTheSpanConventions() throws IOException {
    EntityGold gold = mini();
    assertThat(gold.text()).isEqualTo("U.S. President Joe Biden's aides met the French Ministry of Culture in"
        + " Lyon, France.\n\nThe team thanked Leung Yiu-chung of NWSC.");
    assertThat(gold.sentences()).hasSize(2);
    assertThat(gold.sentences().get(0).get(3)).isEqualTo(new Span(19, 24));
    assertThat(gold.names()).extracting(EntityGold.Name::text, EntityGold.Name::type).containsExactly(
        org.assertj.core.groups.Tuple.tuple("U.S.", EntityType.LOCATION),
        org.assertj.core.groups.Tuple.tuple("Joe Biden", EntityType.PERSON),
        org.assertj.core.groups.Tuple.tuple("French Ministry of Culture", EntityType.ORGANIZATION),
        org.assertj.core.groups.Tuple.tuple("Lyon", EntityType.LOCATION),
        org.assertj.core.groups.Tuple.tuple("France", EntityType.LOCATION),
        org.assertj.core.groups.Tuple.tuple("Leung Yiu-chung", EntityType.PERSON),
        org.assertj.core.groups.Tuple.tuple("NWSC", EntityType.ORGANIZATION));
    assertThat(gold.names().get(1).span()).isEqualTo(new Span(15, 24));
  }

  @Test
  void scoresExactSpanAndTypePerType() throws IOException {
    EntityGold gold = mini();
    String text = gold.text();
    List<Mention> mentions = List.of(
        mention(text, "Joe Biden", EntityType.PERSON),
        mention(text, "U.S.", EntityType.LOCATION),
        mention(text, "Ministry of Culture", EntityType.ORGANIZATION),
        mention(text, "Lyon, France", EntityType.LOCATION),
        mention(text, "NWSC", EntityType.PERSON),
        mention(text, "French", EntityType.NATIONALITY));
    Extraction extraction = new Extraction(Document.of("mini", text), List.of(), mentions, List.of());

    EntityEvaluation evaluation = EntityEvaluation.evaluate(List.of(gold), List.of(extraction));

    assertThat(evaluation.scores().get(EntityType.PERSON)).isEqualTo(new Score(1, 1, 1));
    assertThat(evaluation.scores().get(EntityType.ORGANIZATION)).isEqualTo(new Score(0, 1, 2));
    assertThat(evaluation.scores().get(EntityType.LOCATION)).isEqualTo(new Score(1, 1, 2));
    assertThat(evaluation.all()).isEqualTo(new Score(2, 3, 5));
    assertThat(evaluation.falseAlarms()).extracting(EntityEvaluation.FalseAlarm::text)
        .containsExactly("Ministry of Culture", "Lyon, France", "NWSC");
    assertThat(evaluation.render(false)).contains("PERSON            1     1     1      0.500   0.500  0.500");
  }

  @Test
  void aDocumentWithoutExtractionMissesAllItsNames() throws IOException {
    EntityEvaluation evaluation = EntityEvaluation.evaluate(List.of(mini()), List.of());
    assertThat(evaluation.all()).isEqualTo(new Score(0, 0, 7));
    assertThat(evaluation.missed()).hasSize(7);
  }

  private static EntityMention mention(String text, String name, EntityType type) {
    int begin = text.indexOf(name);
    return new EntityMention(new Span(begin, begin + name.length()), name, type);
  }
}
