package io.claimkit.analysis;

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

  /** The mentions that lie wholly inside a span. */
  public static <M extends Mention> List<M> inside(List<M> mentions, Span span) {
    return mentions.stream().filter(m -> span.contains(m.span())).toList();
  }
}
