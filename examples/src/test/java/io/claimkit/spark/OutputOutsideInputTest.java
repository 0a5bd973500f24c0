package io.claimkit.spark;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job refuses an output among its inputs before it reads anything. Tagged spark: it runs on the Spark
 * test's class path, where Hadoop's file systems are quiet about their missing native library.
 */
@Tag("spark")
class OutputOutsideInputTest {

  private static final Configuration LOCAL = new Configuration();

  @TempDir Path dir;

  @Test
  void refusesAnOutputInsideTheInputFolderOrMatchedByItsGlob() throws IOException {
    Files.createDirectory(dir.resolve("news"));
    Files.writeString(dir.resolve("news/a.txt"), "A text.");
    String news = dir.resolve("news").toString();

    assertThatThrownBy(() -> OutputOutsideInput.check(news, news + "/claims", LOCAL))
        .isInstanceOfSatisfying(ClaimKitException.class, e -> org.assertj.core.api.Assertions
            .assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_ARGUMENT))
        .hasMessageContaining("the job would read its own output");
    assertThatThrownBy(() -> OutputOutsideInput.check(dir + "/*", news, LOCAL))
        .hasMessageContaining("overlap");
    assertThatThrownBy(() -> OutputOutsideInput.check(news + "/a.txt", news, LOCAL))
        .hasMessageContaining("overlap");
    assertThatThrownBy(() -> OutputOutsideInput.check(dir + "/other," + news, news + "/../news/x", LOCAL))
        .hasMessageContaining("overlap");
  }

  @Test
  void acceptsAnOutputBesideTheInput() throws IOException {
    Files.createDirectory(dir.resolve("news"));
    Files.writeString(dir.resolve("news/a.txt"), "A text.");

    assertThatCode(() -> OutputOutsideInput.check(dir.resolve("news") + "/*.txt", dir.resolve("claims").toString(),
        LOCAL)).doesNotThrowAnyException();
    assertThatCode(() -> OutputOutsideInput.check(dir.resolve("news").toString(), dir.resolve("news-claims").toString(),
        LOCAL)).doesNotThrowAnyException();
  }
}
