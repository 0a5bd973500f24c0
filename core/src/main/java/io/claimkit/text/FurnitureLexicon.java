package io.claimkit.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The page-furniture patterns {@link ArticleStructure} knows: lines that are furniture themselves ("Source
 * link", "Leave a Comment", "Advertisement", cookie notices) and headings that open a furniture tail
 * ("Sources", "Related articles") whose list-like lines follow to the end of the page.
 *
 * <p>Each pattern is a Java regular expression, compiled case-insensitively and searched for ({@code find})
 * in one line trimmed of white space; anchor it with {@code ^...$} to match a whole line. The built-in lists
 * live in {@code io/claimkit/text/furniture-lines.txt} and {@code furniture-tail-headings.txt}, one pattern a
 * line, {@code #} comments. Extend them with {@link #withLines} / {@link #withTailHeadings} or
 * {@link #plus}. Immutable and thread-safe.
 */
public final class FurnitureLexicon {

  static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private final List<Pattern> lines;
  private final List<Pattern> tailHeadings;

  private FurnitureLexicon(List<Pattern> lines, List<Pattern> tailHeadings) {
    this.lines = List.copyOf(lines);
    this.tailHeadings = List.copyOf(tailHeadings);
  }

  /** The built-in patterns, loaded once. */
  public static FurnitureLexicon defaults() {
    return Defaults.INSTANCE;
  }

  /** No patterns at all: nothing is furniture. */
  public static FurnitureLexicon empty() {
    return new FurnitureLexicon(List.of(), List.of());
  }

  /**
   * Patterns from two listings in the resource format (one regex a line, {@code #} comments).
   *
   * @throws io.claimkit.ClaimKitException of kind INVALID_ARGUMENT when a pattern does not compile
   */
  public static FurnitureLexicon parse(String lineListing, String tailHeadingListing) {
    return new FurnitureLexicon(
        PatternList.parse(lineListing, FLAGS), PatternList.parse(tailHeadingListing, FLAGS));
  }

  /** These patterns and more line patterns. */
  public FurnitureLexicon withLines(String... regexes) {
    return new FurnitureLexicon(concat(lines, compileAll(regexes)), tailHeadings);
  }

  /** These patterns and more tail headings. */
  public FurnitureLexicon withTailHeadings(String... regexes) {
    return new FurnitureLexicon(lines, concat(tailHeadings, compileAll(regexes)));
  }

  /** The patterns of both lexicons. */
  public FurnitureLexicon plus(FurnitureLexicon other) {
    return new FurnitureLexicon(concat(lines, other.lines), concat(tailHeadings, other.tailHeadings));
  }

  /** True when the (trimmed) line is page furniture by itself. */
  public boolean isFurniture(CharSequence line) {
    return PatternList.anyFinds(lines, line);
  }

  /** True when the (trimmed) line is a heading after which a page's list-like tail is furniture. */
  public boolean opensTail(CharSequence line) {
    return PatternList.anyFinds(tailHeadings, line);
  }

  public List<Pattern> linePatterns() {
    return lines;
  }

  public List<Pattern> tailHeadingPatterns() {
    return tailHeadings;
  }

  private static List<Pattern> compileAll(String... regexes) {
    return Arrays.stream(regexes)
        .map(r -> PatternList.compile(Objects.requireNonNull(r, "regex"), FLAGS, "'" + r + "'"))
        .toList();
  }

  private static List<Pattern> concat(List<Pattern> a, List<Pattern> b) {
    List<Pattern> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static final class Defaults {
    static final FurnitureLexicon INSTANCE =
        new FurnitureLexicon(
            PatternList.resource("furniture-lines.txt", FLAGS),
            PatternList.resource("furniture-tail-headings.txt", FLAGS));
  }
}
