package io.claimkit.claim;

import java.util.Objects;
import java.util.Optional;

/**
 * Who said something: the speaker as written ("Maria Lopez, the city's budget director", "Lopez")
 * and, when the document names it more fully elsewhere, that fuller name ("Maria Lopez").
 */
public record Speaker(Part part, Optional<String> resolvesTo) {

  public Speaker {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(resolvesTo, "resolvesTo");
  }
}
