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
        .hasMessage("not_text in document p.png: not valid UTF-8 at byte 0");
  }

  @Test
  void refusesBinaryDataThatHappensToBeValidUtf8() {
    assertThatThrownBy(() -> TextFiles.decode(new byte[] {'a', 'b', 0, 'c'}, "b.bin"))
        .hasMessage("not_text in document b.bin: binary data: a NUL character at offset 2");
  }

  @Test
  void refusesAFileCertainlyOverTheLimitBeforeReadingIt() throws IOException {
    Path file = Files.write(dir.resolve("big.txt"), new byte[31]);
    assertThatThrownBy(() -> TextFiles.read(file, "big.txt", 10))
        .hasMessage("too_large in document big.txt: 31 bytes, over the limit of 10 chars");
  }

  @Test
  void namesAMissingFileUnreadable() {
    assertThatThrownBy(() -> TextFiles.read(dir.resolve("nope.txt"), "nope.txt", 100))
        .isInstanceOfSatisfying(
            ClaimKitException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.UNREADABLE))
        .hasMessage("unreadable in document nope.txt: no such file");
  }
}
