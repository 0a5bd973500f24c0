package io.claimkit.opennlp;

import io.claimkit.analysis.Sentence;
import io.claimkit.analysis.TemporalKind;
import io.claimkit.analysis.TemporalMention;
import io.claimkit.analysis.Token;
import io.claimkit.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The dates and durations that are cheap to find and normalize honestly, without SUTime and without a
 * document date (values stay underspecified, as TIMEX3 allows):
 *
 * <ul>
 *   <li>a month name, with an optional day before or after and an optional year: "October" {@code XXXX-10},
 *       "October 2024" {@code 2024-10}, "July 21, 2017" {@code 2017-07-21};
 *   <li>a weekday: "Thursday" {@code XXXX-WXX-4};
 *   <li>a year from 1900 to 2099 after in, since, by, until, from, during, before, after or through:
 *       "in 2003" gives "2003" {@code 2003};
 *   <li>a number of years, months, weeks, days or decades: "two decades" {@code P20Y}, "six months"
 *       {@code P6M}.
 * </ul>
 *
 * <p>The span covers the expression itself, not the preposition before it.
 */
final class SimpleTemporals {

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan.", 1), Map.entry("february", 2), Map.entry("feb.", 2),
      Map.entry("march", 3), Map.entry("mar.", 3), Map.entry("april", 4), Map.entry("apr.", 4),
      Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
      Map.entry("aug.", 8), Map.entry("september", 9), Map.entry("sept.", 9), Map.entry("sep.", 9),
      Map.entry("october", 10), Map.entry("oct.", 10), Map.entry("november", 11), Map.entry("nov.", 11),
      Map.entry("december", 12), Map.entry("dec.", 12));
  private static final List<String> WEEKDAYS =
      List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  private static final Set<String> YEAR_PREPOSITIONS =
      Set.of("in", "since", "by", "until", "till", "from", "during", "before", "after", "through", "of");
  private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
      Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("fifty", 50),
      Map.entry("a", 1), Map.entry("an", 1));
  private static final Map<String, String> UNITS = Map.of(
      "year", "Y", "month", "M", "week", "W", "day", "D", "decade", "Y", "century", "Y");

  private SimpleTemporals() {}

  /** Whether a word names a month or a weekday. */
  static boolean isCalendarWord(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return MONTHS.containsKey(lower) || WEEKDAYS.contains(lower);
  }

  static List<TemporalMention> find(String raw, Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    List<TemporalMention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int next = month(raw, tokens, i, out);
      if (next == i) {
        next = weekday(raw, tokens, i, out);
      }
      if (next == i) {
        next = year(raw, tokens, i, out);
      }
      if (next == i) {
        next = duration(raw, tokens, i, out);
      }
      i = next == i ? i + 1 : next;
    }
    return out;
  }

  private static int month(String raw, List<Token> tokens, int i, List<TemporalMention> out) {
    Token t = tokens.get(i);
    Integer month = MONTHS.get(t.text().toLowerCase(Locale.ROOT));
    if (month == null || !t.isProperNoun() || !Character.isUpperCase(t.text().charAt(0))) {
      return i;
    }
    int begin = i;
    int end = i + 1;
    int day = -1;
    if (i > 0 && dayNumber(tokens.get(i - 1)) > 0) {
      day = dayNumber(tokens.get(i - 1));
      begin = i - 1;
    } else if (end < tokens.size() && dayNumber(tokens.get(end)) > 0) {
      day = dayNumber(tokens.get(end));
      end++;
    }
    int year = -1;
    int y = end < tokens.size() && tokens.get(end).text().equals(",") ? end + 1 : end;
    if (y < tokens.size() && yearNumber(tokens.get(y)) > 0) {
      year = yearNumber(tokens.get(y));
      end = y + 1;
    }
    String value = (year > 0 ? String.valueOf(year) : "XXXX") + String.format(Locale.ROOT, "-%02d", month)
        + (day > 0 ? String.format(Locale.ROOT, "-%02d", day) : "");
    out.add(mention(raw, tokens, begin, end, TemporalKind.DATE, value));
    return end;
  }

  private static int weekday(String raw, List<Token> tokens, int i, List<TemporalMention> out) {
    int day = WEEKDAYS.indexOf(tokens.get(i).text().toLowerCase(Locale.ROOT));
    if (day < 0 || !Character.isUpperCase(tokens.get(i).text().charAt(0))) {
      return i;
    }
    out.add(mention(raw, tokens, i, i + 1, TemporalKind.DATE, "XXXX-WXX-" + (day + 1)));
    return i + 1;
  }

  private static int year(String raw, List<Token> tokens, int i, List<TemporalMention> out) {
    int year = yearNumber(tokens.get(i));
    if (year < 0 || i == 0 || !YEAR_PREPOSITIONS.contains(tokens.get(i - 1).text().toLowerCase(Locale.ROOT))) {
      return i;
    }
    out.add(mention(raw, tokens, i, i + 1, TemporalKind.DATE, String.valueOf(year)));
    return i + 1;
  }

  private static int duration(String raw, List<Token> tokens, int i, List<TemporalMention> out) {
    if (i + 1 >= tokens.size()) {
      return i;
    }
    Token unit = tokens.get(i + 1);
    String code = UNITS.get(unit.lemma());
    Integer n = count(tokens.get(i));
    if (code == null || n == null || (n == 1) != unit.pos().equals("NN")) {
      return i;
    }
    int factor = unit.lemma().equals("decade") ? 10 : unit.lemma().equals("century") ? 100 : 1;
    out.add(mention(raw, tokens, i, i + 2, TemporalKind.DURATION, "P" + n * factor + code));
    return i + 2;
  }

  private static Integer count(Token t) {
    String w = t.text().toLowerCase(Locale.ROOT);
    if (w.chars().allMatch(Character::isDigit) && !w.isEmpty() && w.length() <= 3) {
      return Integer.parseInt(w);
    }
    return t.isNumeral() || w.equals("a") || w.equals("an") ? NUMBER_WORDS.get(w) : null;
  }

  private static int dayNumber(Token t) {
    String w = t.text();
    if (w.length() > 2 || w.isEmpty() || !w.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    int d = Integer.parseInt(w);
    return d >= 1 && d <= 31 ? d : -1;
  }

  private static int yearNumber(Token t) {
    String w = t.text();
    if (w.length() != 4 || !w.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return -1;
    }
    int y = Integer.parseInt(w);
    return y >= 1900 && y <= 2099 ? y : -1;
  }

  private static TemporalMention mention(
      String raw, List<Token> tokens, int b, int end, TemporalKind kind, String value) {
    Span span = new Span(tokens.get(b).begin(), tokens.get(end - 1).end());
    return new TemporalMention(span, span.text(raw), kind, value);
  }
}
