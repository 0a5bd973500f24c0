package io.claimkit.internal;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns the bytes of an article into its raw text: strict UTF-8, never a silently repaired text. */
public final class Utf8Text {

  private Utf8Text() {}

  /** How far binary data is looked for among bytes that are not UTF-8: the head of most file formats. */
  private static final int SNIFF_BYTES = 8192;

  /**
   * Decodes strict UTF-8 and refuses binary data: a NUL byte (which no article contains), or bytes that are
   * not UTF-8 with a control character among the first {@value #SNIFF_BYTES}. UTF-16 text is named as such.
   *
   * @throws ClaimKitException {@code not_text}, naming the document and what is wrong where: {@code binary
   *     data: ...}, {@code UTF-16 text ...} or {@code not valid UTF-8 at byte N}
   */
  public static String decode(byte[] bytes, String id) {
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      throw new ClaimKitException(ErrorKind.NOT_TEXT, id,
          "UTF-16 text (it starts with a UTF-16 byte order mark), not UTF-8: convert it to UTF-8");
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new ClaimKitException(ErrorKind.NOT_TEXT, id, "binary data: a NUL byte at byte " + i);
      }
    }
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
      int control = firstControlByte(bytes);
      String where = "not valid UTF-8 at byte " + in.position();
      throw new ClaimKitException(ErrorKind.NOT_TEXT, id, control < 0
          ? where
          : String.format("binary data: %s, a control byte 0x%02X at byte %d", where, bytes[control], control), e);
    }
    return text;
  }

  /** The first C0 control byte other than white space (and escape) in the head of the bytes, or -1. */
  private static int firstControlByte(byte[] bytes) {
    int end = Math.min(bytes.length, SNIFF_BYTES);
    for (int i = 0; i < end; i++) {
      int b = bytes[i] & 0xFF;
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B && b != 0x1B) || b == 0x7F) {
        return i;
      }
    }
    return -1;
  }
}
