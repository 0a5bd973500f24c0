package io.claimkit.analysis;

/** The kinds of named entity ClaimKit reports. Backends map their own label sets onto these. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  NATIONALITY,
  TITLE,
  MISC
}
