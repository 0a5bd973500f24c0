package io.claimkit.claim;

import io.claimkit.analysis.NumberMention;
import io.claimkit.quantity.Quantity;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One part of a claim with the role it plays: what every consumer of claims (the JSON writer, the report,
 * the comparison, the evaluator) reads the same way for every kind of claim, through {@link Claim#parts()}.
 *
 * @param role       what the part is to its claim
 * @param part       its span and raw text
 * @param quantity   the number's value, for the {@link Role#QUANTITY} part only
 * @param resolvesTo for the {@link Role#SPEAKER} part, the fuller name the document gives the speaker, when it
 *                   gives one
 */
public record ClaimPart(Role role, Part part, Optional<Quantity> quantity, Optional<String> resolvesTo) {

  /** The roles a part can play; each claim has each role at most once. */
  public enum Role {
    /** The number of a quantity claim, qualifier words included ("about 1,200"). */
    QUANTITY,
    /** What a number counts or measures ("residents"). */
    MEASURED,
    /** Where, when the text says. */
    LOCATION,
    /** When, when the text says. */
    TIME,
    /** Who says it. */
    SPEAKER,
    /** The reporting verb or phrase ("said", "according to"). */
    CUE,
    /** What was said. */
    CONTENT,
    /** Who acted. */
    ACTOR,
    /** What they did. */
    PREDICATE,
    /** To whom or what. */
    OBJECT;

    /** The field name in the JSON record: "quantity", "measured", ... */
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public ClaimPart {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(resolvesTo, "resolvesTo");
    if (quantity.isPresent() != (role == Role.QUANTITY)) {
      throw new IllegalArgumentException("a quantity belongs to the quantity part, and only there: " + role);
    }
    if (resolvesTo.isPresent() && role != Role.SPEAKER) {
      throw new IllegalArgumentException("only a speaker resolves to a name: " + role);
    }
  }

  /** A plain part: any role but {@link Role#QUANTITY}. */
  public static ClaimPart of(Role role, Part part) {
    return new ClaimPart(role, part, Optional.empty(), Optional.empty());
  }

  /** The number of a quantity claim. */
  public static ClaimPart of(NumberMention number) {
    return new ClaimPart(
        Role.QUANTITY, new Part(number.span(), number.text()), Optional.of(number.quantity()), Optional.empty());
  }

  /** The speaker part, with the name it resolves to. */
  public static ClaimPart of(Speaker speaker) {
    return new ClaimPart(Role.SPEAKER, speaker.part(), Optional.empty(), speaker.resolvesTo());
  }
}
