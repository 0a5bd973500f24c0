package io.claimkit.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimkit.analysis.Analysis;
import io.claimkit.analysis.Mention;
import io.claimkit.analysis.NumberMention;
import io.claimkit.testing.SpanInvariants;
import java.util.List;
import java.util.stream.Stream;

/** Test helper: runs the default recognizer, checks the span invariants on its output, describes it. */
final class Recognized {

  static final QuantityRecognizer DEFAULT = new QuantityRecognizer();

  private Recognized() {}

  /** The recognizer's numbers, after checking every invariant on them and on the analysis they go into. */
  static List<NumberMention> numbers(QuantityRecognizer recognizer, Analysis analysis) {
    List<NumberMention> numbers = recognizer.recognize(analysis);
    String raw = analysis.document().text();
    Stream<Mention> others = analysis.mentions().stream().filter(m -> !(m instanceof NumberMention));
    SpanInvariants.check(analysis.withMentions(Stream.concat(others, numbers.stream()).toList()));
    for (int k = 0; k < numbers.size(); k++) {
      NumberMention m = numbers.get(k);
      SpanInvariants.checkSpan(raw, m.span(), m.text());
      assertThat(m.quantity().surface()).isEqualTo(m.text());
      if (k > 0) {
        assertThat(numbers.get(k - 1).end()).as("mentions in order, apart").isLessThanOrEqualTo(m.begin());
      }
    }
    return numbers;
  }

  static List<NumberMention> numbers(Analysis analysis) {
    return numbers(DEFAULT, analysis);
  }

  /** "about 2,500 [0,11) 2500.0 approximate troops": text, span, value, qualifier, unit ("-" for none). */
  static List<String> described(List<NumberMention> numbers) {
    return numbers.stream().map(Recognized::describe).toList();
  }

  static String describe(NumberMention m) {
    Quantity q = m.quantity();
    return m.text() + " [" + m.begin() + "," + m.end() + ") " + q.value() + " " + q.qualifier().jsonName() + " "
        + q.unit().orElse("-");
  }

  /** The interval of a quantity, as "[low,high]" with "(" or ")" for open ends. */
  static String interval(Quantity q) {
    return (q.lowInclusive() ? "[" : "(") + q.low() + "," + q.high() + (q.highInclusive() ? "]" : ")");
  }
}
