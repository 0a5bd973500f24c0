package io.claimkit.quantity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One row per range or comparison form: the sentence, then each mention as
 * "text|value|interval|qualifier" (exact text, so the span is the text's place in the sentence).
 */
class RangeFormsTest {

  private static void check(String raw, String expected) {
    NumberFormsTest.checkSentence(raw.strip(), expected == null ? "" : expected.strip());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      Families with 3 or more children get the grant.          # 3 or more|3|[3,inf)|at_least
      Towns of 500 or more residents must vote.                 # 500 or more|500|[500,inf)|at_least
      Classes of 20 or fewer pupils did better.                 # 20 or fewer|20|(-inf,20]|at_most
      Wards of 12 or less beds are closed.                      # 12 or less|12|(-inf,12]|at_most
      Residents aged 65 and above can apply.                    # 65 and above|65|[65,inf)|at_least
      Residents aged 65 and over can apply.                     # 65 and over|65|[65,inf)|at_least
      The firm hired 10,000+ workers.                           # 10,000+|10000|[10000,inf)|at_least
      The crowd was 50-odd strong.                              # 50-odd|50|[45,55]|approximate
      """)
  void qualifiersAfterTheNumber(String raw, String expected) {
    check(raw, expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      The law caps fines at no more than 500 dollars.           # no more than 500|500|(-inf,500]|at_most
      The club has no fewer than 40 members.                    # no fewer than 40|40|[40,inf)|at_least
      The plant employs at least 300 people.                    # at least 300|300|[300,inf)|at_least
      Damage was in excess of 2 million dollars.                # in excess of 2 million|2000000|(2000000,inf)|more_than
      Winds exceeding 90 mph hit the coast.                     # exceeding 90|90|(90,inf)|more_than
      Prices stayed above 40 dollars.                           # above 40|40|(40,inf)|more_than
      Turnout fell below 30 percent.                            # below 30 percent|30|(-inf,30)|less_than
      Children under 5 travel free.                             # under 5|5|(-inf,5)|less_than
      The tower is over 300 metres tall.                        # over 300|300|(300,inf)|more_than
      The bridge carries less than 170 trucks a day.            # less than 170|170|(-inf,170)|less_than
      The quake killed nearly 40 people.                        # nearly 40|40|[36,40)|nearly
      The quake killed almost 40 people.                        # almost 40|40|[36,40)|nearly
      The quake killed just over 40 people.                     # just over 40|40|(40,44]|just_over
      """)
  void comparativeWords(String raw, String expected) {
    check(raw, expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      The filter passes values >10 only.                        # >10|10|(10,inf)|more_than
      The filter passes values <= 100 only.                     # <= 100|100|(-inf,100]|at_most
      The filter passes values ≥ 5 only.                        # ≥ 5|5|[5,inf)|at_least
      The filter passes values ≤ 5 only.                        # ≤ 5|5|(-inf,5]|at_most
      """)
  void comparisonSymbols(String raw, String expected) {
    check(raw, expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      The shop opens days 3 through 7 of the fair.              # 3 through 7|3|[3,7]|range
      The study followed 20–30 patients.                        # 20–30|20|[20,30]|range
      The study followed 20 - 30 patients.                      # 20 - 30|20|[20,30]|range
      Between 20 and 30 people were hurt.                       # Between 20 and 30|20|[20,30]|range
      The tour visits from 5 to 8 cities.                       # from 5 to 8|5|[5,8]|range
      Officials expect 20 to 30 million visitors.               # 20 to 30 million|20000000|[20000000,30000000]|range
      Night temperatures ranged from -18 °C to -34 °C.          # from -18 °C to -34|-34|[-34,-18]|range
      """)
  void rangesOfTwoNumbers(String raw, String expected) {
    check(raw, expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      The survey counted more than 10 and less than 40 nests.   # more than 10 and less than 40|10|(10,40)|range
      The hall seats at most 100 and at least 20 guests.        # at most 100 and at least 20|20|[20,100]|range
      The fund holds at least 5, but no more than 9, assets.    # at least 5, but no more than 9|5|[5,9]|range
      """)
  void twoBoundsJoined(String raw, String expected) {
    check(raw, expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      The council voted 7 to 2 in favour.                       # 7|7|[7,7]|exact; 2|2|[2,2]|exact
      The home side won 3-1 on Sunday.                          # ''
      The home side lost 1 – 2 on Sunday.                       # ''
      The court issued a 5-4 ruling.                            # ''
      The bill passed 51-49 in the Senate.                      # ''
      Fares rose from 10 to 12 dollars.                         # 10|10|[10,10]|exact; 12|12|[12,12]|exact
      Shares rose 5% to 20% in a day.                           # 5%|5|[5,5]|exact; 20%|20|[20,20]|exact
      """)
  void talliesAndChangesAreNoRange(String raw, String expected) {
    check(raw, expected);
  }
}
