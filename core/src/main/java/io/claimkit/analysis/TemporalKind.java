package io.claimkit.analysis;

/** The TIMEX3 types of temporal expression. */
public enum TemporalKind {
  DATE,
  TIME,
  DURATION,
  SET
}
