package io.claimkit.opennlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimkit.analysis.TemporalMention;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimpleTemporalsTest {

  private static List<String> temporals(String text) {
    return SharedBackend.analyze("t", text).mentions(TemporalMention.class).stream()
        .map(t -> t.text() + "|" + t.kind() + "|" + t.normalized())
        .toList();
  }

  @Test
  void monthsWithOptionalDayAndYear() {
    assertThat(temporals("Attacks have occurred since October and talks began on July 21, 2017."))
        .containsExactly("October|DATE|XXXX-10", "July 21, 2017|DATE|2017-07-21");
    assertThat(temporals("The vote was held in March 2024 and again on 3 May."))
        .containsExactly("March 2024|DATE|2024-03", "3 May|DATE|XXXX-05-03");
  }

  @Test
  void weekdays() {
    assertThat(temporals("Austin signaled on Thursday an openness to talks."))
        .containsExactly("Thursday|DATE|XXXX-WXX-4");
  }

  @Test
  void yearsOnlyAfterATemporalPreposition() {
    assertThat(temporals("Troops withdrew in 2011 and returned in 2014, but 2,500 remain and 1999 people left."))
        .containsExactly("2011|DATE|2011", "2014|DATE|2014");
  }

  @Test
  void durations() {
    assertThat(temporals("It ends two decades of war, after six months and a year of talks."))
        .containsExactly("two decades|DURATION|P20Y", "six months|DURATION|P6M", "a year|DURATION|P1Y");
  }

  @Test
  void theModalMayIsNotAMonth() {
    assertThat(temporals("Officials said the United States may withdraw troops.")).isEmpty();
  }
}
