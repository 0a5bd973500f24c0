package io.claimkit;

import java.util.Objects;
import java.util.Optional;

/** The one exception type ClaimKit throws: a kind, the document it concerns when there is one, and why. */
public class ClaimKitException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ErrorKind kind;
  private final String documentId;

  public ClaimKitException(ErrorKind kind, String documentId, String message) {
    this(kind, documentId, message, null);
  }

  public ClaimKitException(ErrorKind kind, String documentId, String message, Throwable cause) {
    super(describe(kind, documentId, message), cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.documentId = documentId;
  }

  private static String describe(ErrorKind kind, String documentId, String message) {
    return documentId == null
        ? kind.jsonName() + ": " + message
        : kind.jsonName() + " in document " + documentId + ": " + message;
  }

  public ErrorKind kind() {
    return kind;
  }

  /** The document the error concerns, when it concerns one. */
  public Optional<String> documentId() {
    return Optional.ofNullable(documentId);
  }
}
