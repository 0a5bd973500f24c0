package io.claimkit.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the parts of an article page in its raw text: the HEADLINE, the BYLINE or dateline lines under it,
 * the BODY paragraphs and the BOILERPLATE page furniture.
 *
 * <p>The regions come in text order, never overlap, never begin or end with white space, and together
 * cover every character of the text that is not white space. Only the white space between regions is left
 * out. An empty or blank text has no regions.
 *
 * <p>The reading, line by line:
 *
 * <ol>
 *   <li>Furniture lines ({@link FurnitureLexicon}) are BOILERPLATE wherever they stand; furniture lines with
 *       only white space between them form one region.
 *   <li>The tail: from the first furniture line after which every line is furniture, or the first tail
 *       heading ("Sources", "Related articles") after which every line is furniture or list-like (short, one
 *       sentence or not ending like one), to the end of the text is one BOILERPLATE region.
 *   <li>The HEADLINE is the first line that is not furniture when it looks like a title (at most
 *       {@value #MAX_HEADLINE_CHARS} characters and {@value #MAX_HEADLINE_WORDS} words, one sentence, no
 *       closing period) and more text follows it. A text of one line is all BODY.
 *   <li>Up to {@value #MAX_BYLINE_LINES} BYLINE lines follow ({@link BylinePatterns}): an author, a date, or
 *       right under the headline a bare publisher name ("ICARO Media Group").
 *   <li>The rest is BODY, one region a paragraph. A paragraph is a line, or several lines when a line ends
 *       without closing punctuation and the next one, right below it, starts in lower case (a hard wrap).
 *       A dateline prefix that opens the first paragraph ("WASHINGTON (Reuters) -") is a BYLINE of its own.
 * </ol>
 *
 * <p>A contributor line ("Jane Doe contributed to this report.") is left in the BODY: it is sentence prose
 * that names a person, not page furniture, and no general rule tells it from a closing sentence.
 *
 * <p>Immutable and thread-safe.
 */
public final class ArticleStructure {

  static final int MAX_HEADLINE_CHARS = 200;
  static final int MAX_HEADLINE_WORDS = 30;
  static final int MAX_BYLINE_LINES = 3;

  /** A list entry of a furniture tail (a linked headline, a source) is at most this long. */
  static final int MAX_LIST_LINE = 200;

  /** A sentence end inside a line: closing punctuation after a word, then a capitalized word. */
  private static final Pattern SENTENCE_BREAK =
      Pattern.compile("[\\p{Ll}\\d)\"”’'][.!?][\"”’']?\\s+[\"“‘']?\\p{Lu}");

  /** Initials that end a title without ending a sentence: "U.S.", "D.C.". */
  private static final Pattern CLOSING_INITIALS = Pattern.compile("(?:\\p{Lu}\\.){2,}$");

  private static final Pattern WORD = Pattern.compile("\\S+");

  private final FurnitureLexicon furniture;
  private final BylinePatterns bylines;

  /** The built-in furniture and byline patterns. */
  public ArticleStructure() {
    this(FurnitureLexicon.defaults(), BylinePatterns.defaults());
  }

  /** Other furniture patterns, for instance {@code FurnitureLexicon.defaults().withLines("^more at .*$")}. */
  public ArticleStructure(FurnitureLexicon furniture) {
    this(furniture, BylinePatterns.defaults());
  }

  public ArticleStructure(FurnitureLexicon furniture, BylinePatterns bylines) {
    this.furniture = Objects.requireNonNull(furniture, "furniture");
    this.bylines = Objects.requireNonNull(bylines, "bylines");
  }

  /** The regions of a document, in text order. */
  public List<Region> regions(Document document) {
    String text = document.text();
    List<Span> lines = Lines.of(text);
    int n = lines.size();
    boolean[] isFurniture = new boolean[n];
    for (int i = 0; i < n; i++) {
      isFurniture[i] = furniture.isFurniture(lines.get(i).text(text));
    }
    Regions out = new Regions();
    int i = 0;
    while (i < n && isFurniture[i]) {
      out.add(RegionKind.BOILERPLATE, lines.get(i++));
    }
    int tail = tailStart(text, lines, isFurniture, i + 1);
    boolean headline = false;
    if (i < n - 1
        && looksLikeHeadline(lines.get(i).text(text))
        && !bylines.isBylineLine(lines.get(i).text(text), false)) {
      out.add(RegionKind.HEADLINE, lines.get(i++));
      headline = true;
    }
    for (int k = 0; k < MAX_BYLINE_LINES && i < tail && !isFurniture[i]; k++, i++) {
      if (!bylines.isBylineLine(lines.get(i).text(text), headline && k == 0)) {
        break;
      }
      out.add(RegionKind.BYLINE, lines.get(i));
    }
    boolean first = true;
    for (; i < tail; i++) {
      Span line = lines.get(i);
      if (isFurniture[i]) {
        out.add(RegionKind.BOILERPLATE, line);
      } else if (!first && out.lastIs(RegionKind.BODY) && continues(text, lines.get(i - 1), line)) {
        out.extendLast(line);
      } else {
        int prefixEnd = first ? bylines.datelinePrefixEnd(text, line.begin(), line.end()) : -1;
        if (prefixEnd > 0) {
          out.add(RegionKind.BYLINE, new Span(line.begin(), prefixEnd));
          out.add(RegionKind.BODY, Lines.trim(text, prefixEnd, line.end()));
        } else {
          out.add(RegionKind.BODY, line);
        }
        first = false;
      }
    }
    if (tail < n) {
      out.add(RegionKind.BOILERPLATE, new Span(lines.get(tail).begin(), lines.get(n - 1).end()));
    }
    return out.list();
  }

  /**
   * The index of the first line of the furniture tail, or {@code lines.size()} when there is none. The tail
   * starts at {@code from} or later, so that at least one line of text stands before it.
   */
  private int tailStart(String text, List<Span> lines, boolean[] isFurniture, int from) {
    int n = lines.size();
    int tail = n;
    boolean allFurnitureAfter = true;
    boolean allListLikeAfter = true;
    for (int i = n - 1; i >= Math.max(from, 0); i--) {
      String line = lines.get(i).text(text);
      if ((isFurniture[i] && allFurnitureAfter) || (furniture.opensTail(line) && allListLikeAfter)) {
        tail = i;
      }
      allFurnitureAfter &= isFurniture[i];
      allListLikeAfter &= isFurniture[i] || isListLike(line);
      if (!allListLikeAfter) {
        break;
      }
    }
    return tail;
  }

  /**
   * A list entry, not prose: short, and a single sentence unless it does not end like one (a cited source:
   * {@code Jane Doe. "Storm hits" — Coastal News, May 1, 2024}).
   */
  static boolean isListLike(String line) {
    if (line.length() > MAX_LIST_LINE) {
      return false;
    }
    return sentenceBreaks(line) == 0 || ".!?…\"”’'".indexOf(line.charAt(line.length() - 1)) < 0;
  }

  static boolean looksLikeHeadline(String line) {
    if (line.length() > MAX_HEADLINE_CHARS || sentenceBreaks(line) > 0) {
      return false;
    }
    if (!Character.isLetterOrDigit(line.codePointAt(0)) && "\"“‘'".indexOf(line.charAt(0)) < 0) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    if ((last == '.' && !line.endsWith("...") && !CLOSING_INITIALS.matcher(line).find())
        || last == ','
        || last == ';') {
      return false;
    }
    Matcher words = WORD.matcher(line);
    int count = 0;
    while (words.find()) {
      count++;
    }
    return count <= MAX_HEADLINE_WORDS;
  }

  private static int sentenceBreaks(String line) {
    Matcher m = SENTENCE_BREAK.matcher(line);
    int count = 0;
    while (m.find()) {
      count++;
    }
    return count;
  }

  /** True when {@code next} continues the paragraph of {@code previous} across a hard line wrap. */
  private static boolean continues(String text, Span previous, Span next) {
    if (lineBreaks(text, previous.end(), next.begin()) != 1) {
      return false;
    }
    char last = text.charAt(previous.end() - 1);
    if (".!?…:\"”’')]".indexOf(last) >= 0) {
      return false;
    }
    return Character.isLowerCase(text.codePointAt(next.begin()));
  }

  private static int lineBreaks(String text, int begin, int end) {
    int count = 0;
    for (int i = begin; i < end; i++) {
      char c = text.charAt(i);
      if (Lines.isLineBreak(c) && !(c == '\r' && i + 1 < end && text.charAt(i + 1) == '\n')) {
        count++;
      }
    }
    return count;
  }

  /** The regions found so far; furniture next to furniture merges into one region. */
  private static final class Regions {
    private final List<Region> regions = new ArrayList<>();

    void add(RegionKind kind, Span span) {
      if (span.isEmpty()) {
        return;
      }
      if (kind == RegionKind.BOILERPLATE && lastIs(RegionKind.BOILERPLATE)) {
        extendLast(span);
      } else {
        regions.add(new Region(kind, span));
      }
    }

    boolean lastIs(RegionKind kind) {
      return !regions.isEmpty() && regions.get(regions.size() - 1).kind() == kind;
    }

    void extendLast(Span span) {
      Region last = regions.remove(regions.size() - 1);
      regions.add(new Region(last.kind(), last.span().union(span)));
    }

    List<Region> list() {
      return List.copyOf(regions);
    }
  }
}
