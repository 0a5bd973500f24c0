package io.claimkit.corenlp;

import io.claimkit.analysis.EntityType;
import io.claimkit.analysis.TemporalKind;
import java.util.Optional;

/** CoreNLP's NER labels translated into ClaimKit's entity and temporal kinds; every other label is dropped. */
final class NerLabels {

  private NerLabels() {}

  /** The entity type of a CoreNLP label; fine-grained places (CITY, COUNTRY, ...) become LOCATION. */
  static Optional<EntityType> entityType(String label) {
    switch (label) {
      case "PERSON":
        return Optional.of(EntityType.PERSON);
      case "ORGANIZATION":
        return Optional.of(EntityType.ORGANIZATION);
      case "LOCATION":
      case "CITY":
      case "STATE_OR_PROVINCE":
      case "COUNTRY":
        return Optional.of(EntityType.LOCATION);
      case "NATIONALITY":
        return Optional.of(EntityType.NATIONALITY);
      case "TITLE":
        return Optional.of(EntityType.TITLE);
      case "MISC":
        return Optional.of(EntityType.MISC);
      default:
        return Optional.empty();
    }
  }

  static Optional<TemporalKind> temporalKind(String label) {
    switch (label) {
      case "DATE":
        return Optional.of(TemporalKind.DATE);
      case "TIME":
        return Optional.of(TemporalKind.TIME);
      case "DURATION":
        return Optional.of(TemporalKind.DURATION);
      case "SET":
        return Optional.of(TemporalKind.SET);
      default:
        return Optional.empty();
    }
  }

  /** Whether CoreNLP normalizes the label to a number {@link NormalizedNumbers} reads. */
  static boolean isNumeric(String label) {
    return label.equals("NUMBER") || label.equals("MONEY") || label.equals("PERCENT");
  }
}
