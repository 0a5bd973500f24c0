package io.claimkit.claim;

import java.util.Locale;

/**
 * What kind of source an attribution reports, so that a user can keep only what they want: someone's words,
 * someone's belief, a document's text, or what evidence shows.
 */
public enum CueKind {
  /** Someone said, told, wrote or announced it: "the mayor said", "according to the union". */
  SPEECH,
  /** Someone thinks, believes, expects or fears it: "officials believe". */
  BELIEF,
  /** A text says it: "the report says", "the letter reads", "according to the statement". */
  DOCUMENT,
  /** Findings show it: "polls show", "the study found", "figures suggest". */
  EVIDENCE;

  /** "speech", "belief", "document", "evidence". */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
