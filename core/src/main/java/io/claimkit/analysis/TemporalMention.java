package io.claimkit.analysis;

import io.claimkit.text.Span;
import java.util.Objects;

/**
 * A temporal expression with its TIMEX3-style normalized value: "Thursday" {@code XXXX-WXX-4},
 * "since October" {@code XXXX-10}, "two decades" {@code P20Y}.
 *
 * @param normalized the TIMEX3 value, or an empty string when the backend could not normalize it
 */
public record TemporalMention(Span span, String text, TemporalKind kind, String normalized)
    implements Mention {

  public TemporalMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(normalized, "normalized");
  }
}
