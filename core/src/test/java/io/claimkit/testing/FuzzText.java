package io.claimkit.testing;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns a fuzzer's bytes into a document text. A corpus file is plain UTF-8 text, so that regression inputs
 * can be read and written by hand (malformed bytes become U+FFFD); a file whose first byte is 0x00 is
 * UTF-16BE after that byte, which reaches what UTF-8 cannot: unpaired surrogates and any code unit at all.
 */
public final class FuzzText {

  private FuzzText() {}

  public static String decode(byte[] data) {
    if (data.length > 0 && data[0] == 0) {
      byte[] utf16 = Arrays.copyOfRange(data, 1, data.length - (data.length - 1) % 2);
      ByteBuffer buffer = ByteBuffer.wrap(utf16);
      StringBuilder text = new StringBuilder(utf16.length / 2);
      while (buffer.remaining() >= 2) {
        text.append(buffer.getChar());
      }
      return text.toString();
    }
    return new String(data, StandardCharsets.UTF_8);
  }
}
