package io.claimkit.text;

import java.util.Objects;

/** A part of the raw text and what it is: headline, byline or dateline, body, or page furniture. */
public record Region(RegionKind kind, Span span) {

  public Region {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(span, "span");
  }
}
