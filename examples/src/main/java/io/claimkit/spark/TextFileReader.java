package io.claimkit.spark;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import io.claimkit.internal.Utf8Text;
import io.claimkit.text.Document;
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
    return Utf8Text.decode(bytes, id);
  }
}
