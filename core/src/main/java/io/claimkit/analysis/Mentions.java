package io.claimkit.analysis;

import io.claimkit.internal.SortedSpans;
import io.claimkit.text.Span;
import java.util.Comparator;
import java.util.List;

/** Small operations over lists of mentions. */
public final class Mentions {

  /** Text order: by begin, the longer first, then by kind so that the order is total and repeatable. */
  public static final Comparator<Mention> TEXT_ORDER =
      Comparator.comparing(Mention::span)
          .thenComparing(m -> m.getClass().getSimpleName());

  private Mentions() {}

  public static List<Mention> sorted(List<? extends Mention> mentions) {
    return mentions.stream().map(Mention.class::cast).sorted(TEXT_ORDER).toList();
  }

  public static <M extends Mention> List<M> ofKind(List<? extends Mention> mentions, Class<M> kind) {
    return mentions.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  /**
   * The mentions that lie wholly inside a span, found by binary search: {@code mentions} must be in text
   * order, as every list of an {@link Analysis} is.
   */
  public static <M extends Mention> List<M> inside(List<M> mentions, Span span) {
    int from = firstBeginningAtOrAfter(mentions, span.begin());
    List<M> found = new java.util.ArrayList<>();
    for (int i = from; i < mentions.size() && mentions.get(i).begin() < span.end(); i++) {
      if (mentions.get(i).end() <= span.end()) {
        found.add(mentions.get(i));
      }
    }
    return found;
  }

  /** The index of the first mention that begins at or after {@code offset}; mentions in text order. */
  public static int firstBeginningAtOrAfter(List<? extends Mention> mentions, int offset) {
    return SortedSpans.firstBeginningAtOrAfter(mentions, Mention::span, offset);
  }
}
