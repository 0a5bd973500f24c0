package io.claimkit.text;

/**
 * A half-open range {@code [begin, end)} of UTF-16 code units (Java {@code String} indices) into the raw
 * text of a {@link Document}. Spans are validated when made and never point into a rewritten text.
 */
public record Span(int begin, int end) implements Comparable<Span> {

  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("invalid span [" + begin + ", " + end + ")");
    }
  }

  /** A span checked against the text it points into. */
  public static Span of(int begin, int end, CharSequence text) {
    if (end > text.length()) {
      throw new IllegalArgumentException(
          "span [" + begin + ", " + end + ") runs past the text's length " + text.length());
    }
    return new Span(begin, end);
  }

  public int length() {
    return end - begin;
  }

  public boolean isEmpty() {
    return begin == end;
  }

  /** The covered text: exactly {@code raw.substring(begin, end)}. */
  public String text(String raw) {
    return raw.substring(begin, end);
  }

  public String text(Document document) {
    return text(document.text());
  }

  public boolean contains(Span other) {
    return begin <= other.begin && other.end <= end;
  }

  public boolean contains(int offset) {
    return begin <= offset && offset < end;
  }

  /** True when the two spans share at least one code unit. */
  public boolean intersects(Span other) {
    return begin < other.end && other.begin < end;
  }

  /** The number of code units the two spans share. */
  public int overlap(Span other) {
    return Math.max(0, Math.min(end, other.end) - Math.max(begin, other.begin));
  }

  /** The smallest span covering both. */
  public Span union(Span other) {
    return new Span(Math.min(begin, other.begin), Math.max(end, other.end));
  }

  @Override
  public int compareTo(Span other) {
    int byBegin = Integer.compare(begin, other.begin);
    return byBegin != 0 ? byBegin : Integer.compare(other.end, end);
  }

  @Override
  public String toString() {
    return "[" + begin + ", " + end + ")";
  }
}
