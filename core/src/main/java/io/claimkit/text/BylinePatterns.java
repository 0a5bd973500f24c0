package io.claimkit.text;

import io.claimkit.lexicon.WordList;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How {@link ArticleStructure} tells a byline or dateline: whole lines under the headline ("By Jane Doe",
 * "Sunday, March 5, 2006", "ICARO Media Group") and dateline prefixes that open the first paragraph
 * ("WASHINGTON (Reuters) -"). The patterns live in {@code io/claimkit/text/byline-lines.txt} and
 * {@code dateline-prefixes.txt} (Java regexes, case-sensitive unless they say {@code (?i)}); the lower-case
 * words a name may hold ("of", "van") in {@code name-particles.txt}. Immutable and thread-safe.
 */
public final class BylinePatterns {

  /** A byline line is short; a longer line is prose whatever it starts with. */
  static final int MAX_LINE = 150;

  /** A bare name line ("ICARO Media Group", "Jane Doe, Reuters") has at most this many words. */
  static final int MAX_NAME_WORDS = 8;

  static final int MAX_NAME_CHARS = 60;

  private static final Pattern PART_SEPARATOR = Pattern.compile("\\s+[|•·]\\s+");
  private static final Pattern NAME_WORD = Pattern.compile("[^\\s,]+");
  private static final Pattern AGENCY = Pattern.compile("\\([\\p{L} .&-]{2,40}\\)");

  private final List<Pattern> lines;
  private final List<Pattern> prefixes;
  private final Set<String> particles;

  private BylinePatterns(List<Pattern> lines, List<Pattern> prefixes, Set<String> particles) {
    this.lines = List.copyOf(lines);
    this.prefixes = List.copyOf(prefixes);
    this.particles = Set.copyOf(particles);
  }

  /** The built-in patterns, loaded once. */
  public static BylinePatterns defaults() {
    return Defaults.INSTANCE;
  }

  /** These patterns and more whole-line byline patterns. */
  public BylinePatterns withLines(String... regexes) {
    return new BylinePatterns(concat(lines, compileAll(regexes)), prefixes, particles);
  }

  /** These patterns and more dateline prefixes, tried at the start of the first paragraph. */
  public BylinePatterns withDatelinePrefixes(String... regexes) {
    return new BylinePatterns(lines, concat(prefixes, compileAll(regexes)), particles);
  }

  /**
   * True when a trimmed line is a byline or dateline. A bare name ("ICARO Media Group") counts only
   * {@code underHeadline}, where a publisher or author line stands; elsewhere the line must match a pattern.
   */
  public boolean isBylineLine(String line, boolean underHeadline) {
    if (line.isEmpty() || line.length() > MAX_LINE) {
      return false;
    }
    for (String part : PART_SEPARATOR.split(line, -1)) {
      if (!matchesWhole(part) && !(underHeadline && isNameLine(part))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The end of a dateline prefix at {@code begin} ("WASHINGTON (Reuters) -"), or -1 when none opens the
   * paragraph {@code [begin, end)} or nothing but white space would follow it.
   */
  public int datelinePrefixEnd(String text, int begin, int end) {
    for (Pattern prefix : prefixes) {
      Matcher m = prefix.matcher(text).region(begin, end);
      if (m.lookingAt()
          && m.end() > begin
          && m.end() < end
          && Lines.isBlank(text.charAt(m.end()))
          && !Lines.trim(text, m.end(), end).isEmpty()) {
        return m.end();
      }
    }
    return -1;
  }

  private boolean matchesWhole(String part) {
    for (Pattern p : lines) {
      if (p.matcher(part).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A bare publisher, agency or author name: a few words, each capitalized or a name particle, no digits, no
   * closing punctuation ("ICARO Media Group", "Jane Doe, Staff Writer", "Reuters").
   */
  boolean isNameLine(String part) {
    if (part.isEmpty() || part.length() > MAX_NAME_CHARS || !Character.isUpperCase(part.charAt(0))) {
      return false;
    }
    char last = part.charAt(part.length() - 1);
    if (!Character.isLetter(last) && last != ')') {
      return false;
    }
    Matcher words = NAME_WORD.matcher(part);
    int count = 0;
    while (words.find()) {
      String word = words.group();
      count++;
      boolean capitalized = Character.isUpperCase(word.codePointAt(0));
      boolean particle = particles.contains(word.toLowerCase(Locale.ROOT)) && !capitalized;
      boolean ok =
          (capitalized && word.chars().noneMatch(Character::isDigit))
              || particle
              || word.equals("&")
              || AGENCY.matcher(word).matches();
      if (!ok || count > MAX_NAME_WORDS) {
        return false;
      }
    }
    return count > 0;
  }

  private static List<Pattern> compileAll(String... regexes) {
    return Arrays.stream(regexes).map(r -> PatternList.compile(r, 0, "'" + r + "'")).toList();
  }

  private static List<Pattern> concat(List<Pattern> a, List<Pattern> b) {
    List<Pattern> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static final class Defaults {
    static final BylinePatterns INSTANCE =
        new BylinePatterns(
            PatternList.resource("byline-lines.txt", 0),
            PatternList.resource("dateline-prefixes.txt", 0),
            WordList.resource(BylinePatterns.class, "name-particles.txt").words());
  }
}
