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

  /**
   * Decodes strict UTF-8 and refuses binary data (a NUL character, which no article contains).
   *
   * @throws ClaimKitException {@code not_text}, naming the document and the first bad byte
   */
  public static String decode(byte[] bytes, String id) {
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
