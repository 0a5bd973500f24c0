package io.claimkit.quantity;

import io.claimkit.testing.TaggedText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimkit.analysis.NumberMention;
import io.claimkit.text.Document;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A development figure, not a test: runs the recognizer over quantulum3's English test sentences (tokenized
 * crudely by {@link TaggedText#crude}, no backend mentions) and prints the share of expected values found. An
 * expected value is found when some mention's value equals it within 1e-9 relative. quantulum3 counts years
 * as numbers and ClaimKit does not (years are temporals), so the share is printed with and without the
 * year-like expectations (a dimensionless four-digit integer from 1000 to 2100). quantulum3 gives a range
 * as its midpoint and ClaimKit as its interval (value: its low end), so further figures also accept a
 * range's midpoint; the last one, with years excluded as well, compares like with like.
 *
 * <p>Run after {@code ./mvnw -q -pl core test-compile}: {@code java -cp
 * core/target/test-classes:core/target/classes:<jackson-databind, -core, -annotations jars>
 * io.claimkit.quantity.QuantulumEvaluation}.
 */
public final class QuantulumEvaluation {

  private static final String DATA = "/io/claimkit/quantity/quantulum3/quantities.json";

  private QuantulumEvaluation() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = System.out;
    JsonNode cases;
    try (InputStream in = QuantulumEvaluation.class.getResourceAsStream(DATA)) {
      cases = new ObjectMapper().readTree(in);
    }
    QuantityRecognizer recognizer = new QuantityRecognizer();
    int expected = 0;
    int found = 0;
    int foundWithMidpoints = 0;
    int years = 0;
    int yearsFound = 0;
    int yearsFoundWithMidpoints = 0;
    List<String> missed = new ArrayList<>();
    int id = 0;
    for (JsonNode c : cases) {
      String text = c.path("req").asText();
      List<NumberMention> numbers = recognizer.recognize(TaggedText.crude(Document.of("q" + id++, text)));
      for (JsonNode e : c.path("res")) {
        double value = e.path("value").asDouble();
        boolean year = isYearLike(e);
        boolean hit = numbers.stream().anyMatch(m -> same(m.quantity().value(), value));
        boolean midpoint = numbers.stream().anyMatch(m -> !m.quantity().isBounded() ? false
            : same((m.quantity().low() + m.quantity().high()) / 2, value));
        expected++;
        found += hit ? 1 : 0;
        foundWithMidpoints += hit || midpoint ? 1 : 0;
        if (year) {
          years++;
          yearsFound += hit ? 1 : 0;
          yearsFoundWithMidpoints += hit || midpoint ? 1 : 0;
        }
        if (!hit) {
          missed.add((year ? "[year] " : "") + (midpoint ? "[midpoint found] " : "") + e.path("surface").asText()
              + " = " + value + "   in: " + text);
        }
      }
    }
    out.printf("quantulum3 quantities.json: %d sentences, %d expected values%n", cases.size(), expected);
    out.printf("found (value within 1e-9 relative):        %d/%d = %.1f%%%n", found, expected, 100.0 * found / expected);
    out.printf("found, year-like expectations excluded:    %d/%d = %.1f%%%n", found - yearsFound, expected - years,
        100.0 * (found - yearsFound) / (expected - years));
    out.printf("found, also counting a range's midpoint:   %d/%d = %.1f%%%n", foundWithMidpoints, expected,
        100.0 * foundWithMidpoints / expected);
    out.printf("found, a range's midpoint counted, years excluded: %d/%d = %.1f%%%n",
        foundWithMidpoints - yearsFoundWithMidpoints, expected - years,
        100.0 * (foundWithMidpoints - yearsFoundWithMidpoints) / (expected - years));
    out.printf("missed (%d):%n", missed.size());
    missed.forEach(m -> out.println("  " + m));
  }

  private static boolean isYearLike(JsonNode e) {
    double v = e.path("value").asDouble();
    return e.path("unit").asText().equals("dimensionless") && e.path("surface").asText().matches("\\d{4}")
        && v >= 1000 && v <= 2100;
  }

  private static boolean same(double a, double b) {
    return a == b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  }
}
