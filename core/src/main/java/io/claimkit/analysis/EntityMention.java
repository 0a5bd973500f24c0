package io.claimkit.analysis;

import io.claimkit.text.Span;
import java.util.Objects;

/** A named entity: a person, an organization, a place, a nationality, a title. */
public record EntityMention(Span span, String text, EntityType type) implements Mention {

  public EntityMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
  }
}
