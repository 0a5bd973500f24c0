package io.claimkit.quantity;

import static io.claimkit.quantity.Recognized.interval;
import static io.claimkit.quantity.Recognized.numbers;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimkit.analysis.NumberMention;
import io.claimkit.testing.TaggedText;
import io.claimkit.text.Document;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One row per number form: a sentence, the mention's exact text (its span is checked against its first
 * occurrence in the sentence), its value, its interval and its qualifier. Crude tokens, no backend.
 */
class NumberFormsTest {

  private static final double EPS = 1e-9;

  /** The sentence's mentions as "text|value|interval|qualifier", joined by "; ". */
  static String read(String raw) {
    List<NumberMention> found = numbers(TaggedText.crude(Document.of("t", raw)));
    return found.stream().map(m -> m.text() + "|" + shown(m.quantity().value()) + "|" + shownInterval(m.quantity())
        + "|" + m.quantity().qualifier().jsonName()).collect(Collectors.joining("; "));
  }

  private static String shown(double v) {
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  private static String shownInterval(Quantity q) {
    return (q.lowInclusive() ? "[" : "(") + shown(q.low()) + "," + shown(q.high()) + (q.highInclusive() ? "]" : ")");
  }

  /** Asserts the sentence's mentions, each given as "text|value|interval|qualifier", joined by "; ". */
  static void checkSentence(String raw, String expected) {
    check(raw, expected);
  }

  private static void check(String raw, String expected) {
    String got = read(raw);
    assertThat(got).as(raw).isEqualTo(expected);
    for (String m : expected.split("; ")) {
      if (!m.isEmpty()) {
        String text = m.substring(0, m.indexOf('|'));
        assertThat(raw).contains(text); // the reported text is the raw substring at the mention's span

      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      Two-thirds of voters backed the plan.                 # Two-thirds|0.6666666666666666|[0.6666666666666666,0.6666666666666666]|exact
      The agency spends a quarter of the budget on rent.     # a quarter|0.25|[0.25,0.25]|exact
      The city has half a million residents.                 # half a million|500000|[500000,500000]|exact
      She bought half a dozen eggs.                          # half a dozen|6|[6,6]|exact
      The region lost three and a half million acres.        # three and a half million|3500000|[3500000,3500000]|exact
      The trail runs 1 1/2 miles along the river.            # 1 1/2|1.5|[1.5,1.5]|exact
      More than half of the residents left.                  # More than half|0.5|(0.5,inf)|more_than
      Nearly half the budget went on salaries.               # Nearly half|0.5|[0.45,0.5)|nearly
      Sales were slow in the first half of the year.         # ''
      One in five adults smokes.                             # One in five|0.2|[0.2,0.2]|exact
      Roughly one in four residents rents a home.            # Roughly one in four|0.25|[0.225,0.275]|approximate
      He scored 3 in 4 games this month.                     # 3|3|[3,3]|exact; 4|4|[4,4]|exact
      Doctors say 7 out of 10 patients recover.              # 7 out of 10|0.7|[0.7,0.7]|exact
      She drank a gallon of water before the race.          # a|1|[1,1]|exact
      The storm dropped an inch of rain overnight.            # an|1|[1,1]|exact
      The debt is a third of a million pounds.               # a third of a million|333333.3333333333|[333333.3333333333,333333.3333333333]|exact
      """)
  void fractionsAndRatios(String raw, String expected) {
    check(raw.strip(), expected.strip());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      Overnight the thermometer showed minus 12 in the valley. # minus 12|-12|[-12,-12]|exact
      The fund returned negative two percent last year.        # negative two percent|-2|[-2,-2]|exact
      Temperatures fell to -40 degrees overnight.              # -40|-40|[-40,-40]|exact
      The quake measured six point five on the scale.          # six point five|6.5|[6.5,6.5]|exact
      The club scored zero goals in the final.                 # zero|0|[0,0]|exact
      The score stood at nought for an hour.                   # nought|0|[0,0]|exact
      """)
  void signsAndDecimalsInWords(String raw, String expected) {
    check(raw.strip(), expected.strip());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      The firm borrowed $1.2bn from banks.                   # $1.2bn|1200000000|[1200000000,1200000000]|exact
      The state owes £3tn in total.                          # £3tn|3000000000000|[3000000000000,3000000000000]|exact
      The show drew 10m viewers on Sunday.                   # 10m|10000000|[10000000,10000000]|exact
      The census found 2m people in the city.                # 2m|2000000|[2000000,2000000]|exact
      The storm threw up a 10m wall of water.                # 10|10|[10,10]|exact
      The race drew 5k runners this spring.                  # 5k|5000|[5000,5000]|exact
      The club paid $2mn for the striker.                    # $2mn|2000000|[2000000,2000000]|exact
      The scheme reached 20 lakh farmers.                    # 20 lakh|2000000|[2000000,2000000]|exact
      The hospital cost 3 crore rupees.                      # 3 crore|30000000|[30000000,30000000]|exact
      She carried four dozen eggs to the market.             # four dozen|48|[48,48]|exact
      The cell holds 1.3x10^6 molecules.                     # 1.3x10^6|1300000|[1300000,1300000]|exact
      The error rate was 6.2e-4 in the trial.                # 6.2e-4|6.2E-4|[6.2E-4,6.2E-4]|exact
      The drift was 2.48×10−5 of the total.                  # 2.48×10−5|2.48E-5|[2.48E-5,2.48E-5]|exact
      A block holds 8x2^10 bits.                             # 8x2^10|8192|[8192,8192]|exact
      """)
  void multipliersAndScientific(String raw, String expected) {
    check(raw.strip(), expected.strip());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      The stadium seats 40 000 fans.                         # 40 000|40000|[40000,40000]|exact
      The census counted 1 234 567 people.                   # 1 234 567|1234567|[1234567,1234567]|exact
      The census counted 1\u202F234 people.                  # 1\u202F234|1234|[1234,1234]|exact
      The census counted 12\u00A0500 people.                 # 12\u00A0500|12500|[12500,12500]|exact
      The shop sold ２５００ umbrellas.                        # ２５００|2500|[2500,2500]|exact
      """)
  void digitGroupsAndUnicodeDigits(String raw, String expected) {
    check(raw.strip().translateEscapes(), expected.strip().translateEscapes());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      Police said Tuesday 12 people were arrested.           # 12|12|[12,12]|exact
      The England XI took the field in World War II memory.  # ''
      The Boeing 737 landed safely.                          # ''
      Shares in the S&P 500 rose.                            # ''
      The meeting was held in Room 101 on a Monday.          # ''
      The app reached version 2.3 last week.                 # ''
      Call 555-123-4567 or visit 192.168.1.1 today.          # ''
      She finished 3rd in the race.                          # ''
      All but one of the villages were flooded.              # ''
      The team won 3-1 at home.                              # ''
      """)
  void labelsAndLookAlikesAreNoNumber(String raw, String expected) {
    check(raw.strip(), expected == null ? "" : expected.strip());
  }
}
