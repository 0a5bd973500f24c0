package io.claimkit.cli;

import com.google.common.collect.AbstractIterator;
import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import io.claimkit.batch.BatchInput;
import io.claimkit.json.DocumentJson;
import io.claimkit.text.Document;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A JSON Lines input file read lazily, one document per line ({@code {"id", "text", "published"?,
 * "source"?}}), so that a file of any size is never held in memory. Blank lines are skipped. A line that is
 * not valid UTF-8, not such an object, or too long becomes an error input of its own, named by its id when it
 * has a readable one, else by {@code FILE:LINE}, and the lines after it go on. Each line is parsed as the
 * iterator reaches it, so the input's id is the id its record will carry.
 */
final class JsonLinesFile extends AbstractIterator<BatchInput> {

  /** JSON escapes take up to 6 bytes per UTF-16 code unit ({@code \\uXXXX}). */
  private static final int MAX_BYTES_PER_CHAR = 6;
  private static final int SLACK_BYTES = 64 * 1024;

  private final Path path;
  private final int maxChars;
  private final long maxLineBytes;
  private InputStream in;
  private boolean ended;
  private int lineNumber;

  JsonLinesFile(Path path, int maxChars) {
    this.path = path;
    this.maxChars = maxChars;
    this.maxLineBytes = (long) MAX_BYTES_PER_CHAR * maxChars + SLACK_BYTES;
  }

  /** Whether a file is read as JSON Lines: its name ends in {@code .jsonl} or {@code .ndjson}. */
  static boolean isJsonLines(Path path) {
    Path name = path.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    return lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
  }

  /** The number of non-blank lines, counted without parsing them: the number of inputs the file gives. */
  static long countLines(Path path) {
    long count = 0;
    boolean blank = true;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
      int b;
      while ((b = in.read()) >= 0) {
        if (b == '\n') {
          count += blank ? 0 : 1;
          blank = true;
        } else if (!isBlank(b)) {
          blank = false;
        }
      }
    } catch (IOException e) {
      return 1; // it will give one error input
    }
    return count + (blank ? 0 : 1);
  }

  @Override
  protected BatchInput computeNext() {
    BatchInput next = ended ? null : read();
    return next == null ? endOfData() : next;
  }

  /** The next non-blank line as an input, or null at the end. */
  private BatchInput read() {
    String fileId = path.toString();
    try {
      if (in == null) {
        in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
      }
      while (true) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean tooLong = false;
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
          if (line.size() < maxLineBytes) {
            line.write(b);
          } else {
            tooLong = true;
          }
        }
        boolean atEnd = b < 0;
        if (atEnd) {
          end();
        }
        lineNumber++;
        byte[] bytes = withoutByteOrderMark(line.toByteArray());
        if (tooLong) {
          return failed(lineId(), ErrorKind.TOO_LARGE, "line longer than " + maxLineBytes
              + " bytes, surely over the limit of " + maxChars + " chars that --max-chars sets");
        }
        if (!isBlank(bytes)) {
          return parse(bytes);
        }
        if (atEnd) {
          return null;
        }
      }
    } catch (IOException e) {
      end();
      String id = in == null ? fileId : lineId();
      return failed(id, ErrorKind.UNREADABLE, "cannot read: " + e);
    }
  }

  private BatchInput parse(byte[] bytes) {
    String fallback = lineId();
    try {
      Document document = DocumentJson.parse(TextFiles.decode(bytes, fallback), fallback);
      TextFiles.withinLimit(document, maxChars);
      return new BatchInput(document.id(), () -> document);
    } catch (ClaimKitException e) {
      String id = e.documentId().orElse(fallback);
      return new BatchInput(id, () -> {
        throw e;
      });
    }
  }

  private byte[] withoutByteOrderMark(byte[] bytes) {
    boolean mark = lineNumber == 1 && bytes.length >= 3
        && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    return mark ? java.util.Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
  }

  private String lineId() {
    return path + ":" + lineNumber;
  }

  private static BatchInput failed(String id, ErrorKind kind, String message) {
    ClaimKitException error = new ClaimKitException(kind, id, message);
    return new BatchInput(id, () -> {
      throw error;
    });
  }

  private void end() {
    ended = true;
    if (in != null) {
      try {
        in.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (!isBlank(b)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBlank(int b) {
    return b == ' ' || b == '\t' || b == '\r' || b == '\n';
  }
}
