package io.claimkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {

  @TempDir Path dir;

  @Test
  void decodesUtf8ByteForByteKeepingEveryCharacter() {
    String text = "\ufeffCaf\u00e9 \u201c2,500\u201d \ud83d\ude00\r\n";
    assertThat(TextFiles.decode(text.getBytes(StandardCharsets.UTF_8), "d")).isEqualTo(text);
  }

  @Test
  void namesTheFirstByteThatIsNotUtf8() {
    byte[] latin1 = "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> TextFiles.decode(latin1, "c.txt"))
        .isInstanceOfSatisfying(
            ClaimKitException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_TEXT))
        .hasMessage("not_text in document c.txt: not valid UTF-8 at byte 3");
    byte[] truncated = {'a', 'b', (byte) 0xE2, (byte) 0x80};
    assertThatThrownBy(() -> TextFiles.decode(truncated, "t.txt"))
        .hasMessage("not_text in document t.txt: not valid UTF-8 at byte 2");
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    assertThatThrownBy(() -> TextFiles.decode(png, "p.png"))
        .hasMessage("not_text in document p.png: binary data: not valid UTF-8 at byte 0, a control byte 0x1A at byte 6");
  }

  @Test
  void refusesBinaryDataThatHappensToBeValidUtf8() {
    assertThatThrownBy(() -> TextFiles.decode(new byte[] {'a', 'b', 0, 'c'}, "b.bin"))
        .hasMessage("not_text in document b.bin: binary data: a NUL byte at byte 2");
  }

  @Test
  void refusesAFileCertainlyOverTheLimitBeforeReadingIt() throws IOException {
    Path file = Files.write(dir.resolve("big.txt"), new byte[31]);
    assertThatThrownBy(() -> TextFiles.read(file, "big.txt", 10))
        .hasMessage("too_large in document big.txt: 31 bytes, surely over the limit of 10 chars that --max-chars sets");
  }

  @Test
  void namesAMissingFileUnreadable() {
    assertThatThrownBy(() -> TextFiles.read(dir.resolve("nope.txt"), "nope.txt", 100))
        .isInstanceOfSatisfying(
            ClaimKitException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.UNREADABLE))
        .hasMessage("unreadable in document nope.txt: no such file");
  }

  @Test
  void refusesEveryKindOfMalformedUtf8AtItsFirstBadByte() {
    byte[][] malformed = {
      {'a', (byte) 0xC0, (byte) 0xAF}, // overlong "/"
      {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate encoded as UTF-8 (CESU-8)
      {'a', (byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, // a five-byte form
      {'a', (byte) 0x80, 'b'}, // a lone continuation byte
      {'a', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // past U+10FFFF
    };
    for (byte[] bytes : malformed) {
      assertThatThrownBy(() -> TextFiles.decode(bytes, "m.txt"))
          .isInstanceOfSatisfying(
              ClaimKitException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_TEXT))
          .hasMessage("not_text in document m.txt: not valid UTF-8 at byte 1");
    }
  }

  @Test
  void refusesUtf16TextAsNotUtf8() {
    byte[] utf16 = "\ufeffAbout 2,500".getBytes(StandardCharsets.UTF_16LE);
    assertThatThrownBy(() -> TextFiles.decode(utf16, "u16.txt"))
        .hasMessage("not_text in document u16.txt: UTF-16 text (it starts with a UTF-16 byte order mark), not UTF-8: convert it to UTF-8");
  }

  @Test
  void readsSupplementaryCharactersAndLineEndsUnchanged() throws IOException {
    String text = "\ud83d\ude00 2,500\r\nlone\rCR \u00a0\u200b \u05e9\u05dc\u05d5\u05dd\n";
    Path file = Files.writeString(dir.resolve("odd.txt"), text, StandardCharsets.UTF_8);
    assertThat(TextFiles.read(file, "odd.txt", 1000).text()).isEqualTo(text);
  }
}
