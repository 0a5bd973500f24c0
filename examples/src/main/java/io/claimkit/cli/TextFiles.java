package io.claimkit.cli;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import io.claimkit.internal.Utf8Text;
import io.claimkit.text.Document;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a file as strict UTF-8 text. Malformed bytes are reported, never replaced, so that a binary or
 * wrongly encoded file becomes a {@code not_text} error instead of a document full of U+FFFD whose offsets
 * mean nothing.
 */
final class TextFiles {

  /** A UTF-8 character takes at most 3 bytes per UTF-16 code unit; a longer file is surely too large. */
  private static final long MAX_BYTES_PER_CHAR = 3;

  private TextFiles() {}

  /**
   * Reads one file as a document.
   *
   * @throws ClaimKitException {@code unreadable}, {@code not_text}, or {@code too_large} when the file is
   *     certainly longer than {@code maxChars} (checked before reading it)
   */
  static Document read(Path path, String id, int maxChars) {
    try {
      long size = Files.size(path);
      if (size > MAX_BYTES_PER_CHAR * maxChars) {
        throw new ClaimKitException(ErrorKind.TOO_LARGE, id, size + " bytes, surely over the limit of "
            + maxChars + " chars that --max-chars sets");
      }
      return withinLimit(Document.of(id, decode(Files.readAllBytes(path), id)), maxChars);
    } catch (NoSuchFileException e) {
      throw new ClaimKitException(ErrorKind.UNREADABLE, id, "no such file", e);
    } catch (AccessDeniedException e) {
      throw new ClaimKitException(ErrorKind.UNREADABLE, id, "permission denied", e);
    } catch (IOException e) {
      throw new ClaimKitException(ErrorKind.UNREADABLE, id, String.valueOf(e), e);
    }
  }

  /**
   * The document, when it is no longer than the command line allows.
   *
   * @throws ClaimKitException {@code too_large}, naming {@code --max-chars}, the option that raises the limit
   */
  static Document withinLimit(Document document, int maxChars) {
    int length = document.text().length();
    if (length > maxChars) {
      throw new ClaimKitException(ErrorKind.TOO_LARGE, document.id(), length + " chars, over the limit of "
          + maxChars + " that --max-chars sets");
    }
    return document;
  }

  /**
   * Decodes strict UTF-8 and refuses binary data (a NUL character, which no article contains).
   *
   * @throws ClaimKitException {@code not_text}
   */
  static String decode(byte[] bytes, String id) {
    return Utf8Text.decode(bytes, id);
  }
}
