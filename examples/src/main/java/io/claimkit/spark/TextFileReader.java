package io.claimkit.spark;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import io.claimkit.text.Document;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.spark.input.PortableDataStream;
import scala.Tuple2;

/**
 * Reads a file of {@code SparkContext.binaryFiles} as a document whose id is the file's name. The bytes are
 * decoded as strict UTF-8 ({@code wholeTextFiles} would replace malformed bytes with U+FFFD silently), so a
 * binary or wrongly encoded file becomes a {@code not_text} error record.
 */
final class TextFileReader implements DocumentReader<Tuple2<String, PortableDataStream>> {

  private static final long serialVersionUID = 1L;

  @Override
  public String id(Tuple2<String, PortableDataStream> file) {
    String path = file._1();
    return path.substring(path.lastIndexOf('/') + 1);
  }

  @Override
  public Document read(Tuple2<String, PortableDataStream> file) {
    String id = id(file);
    byte[] bytes;
    try {
      bytes = file._2().toArray();
    } catch (RuntimeException e) {
      throw new ClaimKitException(ErrorKind.UNREADABLE, id, String.valueOf(e), e);
    }
    return Document.of(id, decode(bytes, id));
  }

  /**
   * Decodes strict UTF-8 and refuses binary data (a NUL character, which no article contains).
   *
   * @throws ClaimKitException {@code not_text}
   */
  static String decode(byte[] bytes, String id) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    String text;
    try {
      text = decoder.decode(in).toString();
    } catch (CharacterCodingException e) {
      // On an error the decoder leaves the buffer at the first malformed byte.
      throw new ClaimKitException(ErrorKind.NOT_TEXT, id, "not valid UTF-8 at byte " + in.position(), e);
    }
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw new ClaimKitException(ErrorKind.NOT_TEXT, id, "binary data: a NUL character at offset " + nul);
    }
    return text;
  }
}
