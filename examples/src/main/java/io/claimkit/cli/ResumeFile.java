package io.claimkit.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * An output file a crashed run left behind, made ready to be appended to. Records are written whole lines
 * at a time, each flushed, so a kill can leave at most one torn line, the last; it is cut off, and the ids of
 * the whole records are read back so that the rerun skips exactly those documents.
 */
final class ResumeFile {

  private static final JsonFactory JSON = new JsonFactory();

  private ResumeFile() {}

  /** Thrown when the file holds a whole line that is not a record: it is not this command's output. */
  static final class NotOutputException extends IOException {
    private static final long serialVersionUID = 1L;

    NotOutputException(String message) {
      super(message);
    }
  }

  /**
   * Cuts a torn last line off the file and returns how many records each document id has in it; an empty map
   * when the file does not exist.
   */
  static Map<String, Integer> prepare(Path file) throws IOException {
    if (!Files.exists(file)) {
      return new HashMap<>();
    }
    truncateTornLine(file);
    Map<String, Integer> written = new HashMap<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        written.merge(documentId(line, file, number), 1, Integer::sum);
      }
    }
    return written;
  }

  /** Cuts the file after its last line break; returns the bytes cut. */
  static long truncateTornLine(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      long size = channel.size();
      long keep = 0;
      ByteBuffer buffer = ByteBuffer.allocate(8192);
      for (long end = size; end > 0 && keep == 0; ) {
        long begin = Math.max(0, end - buffer.capacity());
        buffer.clear().limit((int) (end - begin));
        while (buffer.hasRemaining() && channel.read(buffer, begin + buffer.position()) >= 0) {
          // read the whole window
        }
        for (int i = (int) (end - begin) - 1; i >= 0; i--) {
          if (buffer.get(i) == '\n') {
            keep = begin + i + 1;
            break;
          }
        }
        end = begin;
      }
      if (keep < size) {
        channel.truncate(keep);
        channel.force(true);
      }
      return size - keep;
    }
  }

  /** The {@code "doc"} field, the first of every record. */
  private static String documentId(String line, Path file, int number) throws IOException {
    try (JsonParser parser = JSON.createParser(line)) {
      if (parser.nextToken() == JsonToken.START_OBJECT
          && "doc".equals(parser.nextFieldName())
          && parser.nextToken() == JsonToken.VALUE_STRING) {
        return parser.getText();
      }
    } catch (IOException e) {
      // reported below
    }
    throw new NotOutputException(file + " line " + number + " is not a claimkit record; not resuming into it");
  }
}
