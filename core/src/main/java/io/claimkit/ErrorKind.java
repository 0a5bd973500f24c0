package io.claimkit;

import java.util.Locale;

/** Why a document could not be processed. Each kind appears in error records as its {@link #jsonName()}. */
public enum ErrorKind {
  /** The input could not be read: a missing file, an I/O failure. */
  UNREADABLE,
  /** The input is not text: binary data or bytes that are not valid UTF-8. */
  NOT_TEXT,
  /** The text is longer than the pipeline's configured limit. */
  TOO_LARGE,
  /** The text is not in a language the pipeline supports. */
  UNSUPPORTED_LANGUAGE,
  /** The analysis took longer than the time allowed for one document. */
  TIMEOUT,
  /** The backend or a rule failed on this document. */
  ANALYSIS_FAILED,
  /** A model could not be loaded. */
  MODEL_UNAVAILABLE,
  /** The caller passed something the API does not accept. */
  INVALID_ARGUMENT;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
