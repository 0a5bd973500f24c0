package io.claimkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimkit.corenlp.CoreNlpBackend;
import io.claimkit.testing.Seeds;
import io.claimkit.text.Document;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code claimkit extract} writes the same bytes whatever the number of threads and however often it runs. */
class DeterminismTest {

  @TempDir Path dir;

  private int extract(Path output, String... options) {
    CommandLine cli = ClaimKitCli.commandLine(CoreNlpBackend::shared);
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(new StringWriter()));
    String[] args = new String[options.length + 4];
    args[0] = "extract";
    args[1] = "-o";
    args[2] = output.toString();
    System.arraycopy(options, 0, args, 3, options.length);
    args[args.length - 1] = dir.resolve("in").toString();
    return cli.execute(args);
  }

  @Test
  void oneAndThreeThreadsWriteByteIdenticalJsonLines() throws IOException {
    Path in = Files.createDirectory(dir.resolve("in"));
    for (Document seed : Seeds.documents()) {
      Files.writeString(in.resolve(seed.id()), seed.text(), StandardCharsets.UTF_8);
    }
    Files.writeString(in.resolve("crlf.txt"),
        "Storm kills 3\r\n\r\nAbout 2,500 troops remain \ud83d\ude00, officials said.\r\n", StandardCharsets.UTF_8);
    Files.writeString(in.resolve("empty.txt"), "", StandardCharsets.UTF_8);
    Files.write(in.resolve("latin1.txt"), "Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(in.resolve("rtl.txt"), "\u05e9\u05dc\u05d5\u05dd 300 \u05d0\u05e0\u05e9\u05d9\u05dd.\n",
        StandardCharsets.UTF_8);

    Path one = dir.resolve("one.jsonl");
    Path three = dir.resolve("three.jsonl");
    Path again = dir.resolve("again.jsonl");
    assertThat(extract(one, "-j", "1")).isEqualTo(ExtractCommand.SOME_FAILED); // latin1.txt: not_text
    assertThat(extract(three, "-j", "3")).isEqualTo(ExtractCommand.SOME_FAILED);
    assertThat(extract(again, "-j", "1")).isEqualTo(ExtractCommand.SOME_FAILED);

    byte[] bytes = Files.readAllBytes(one);
    assertThat(new String(bytes, StandardCharsets.UTF_8).split("\n")).hasSize(Seeds.documents().size() + 4);
    assertThat(Files.readAllBytes(three)).isEqualTo(bytes);
    assertThat(Files.readAllBytes(again)).isEqualTo(bytes);
  }
}
