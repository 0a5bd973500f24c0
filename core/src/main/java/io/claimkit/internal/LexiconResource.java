package io.claimkit.internal;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads the lexicon files ClaimKit ships (and users write): UTF-8, one entry a line, blank lines and
 * {@code #} comments skipped. The one place lexicon resources are read.
 */
public final class LexiconResource {

  private LexiconResource() {}

  /**
   * The entries of a class-path resource, resolved like {@link Class#getResourceAsStream}.
   *
   * @throws ClaimKitException of kind {@code model_unavailable} when the resource is missing or unreadable
   */
  public static List<String> entries(Class<?> anchor, String name) {
    return entries(text(anchor, name));
  }

  /** The entries of a lexicon's text. */
  public static List<String> entries(String text) {
    return text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
  }

  /** The whole text of a class-path resource. */
  public static String text(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new ClaimKitException(
            ErrorKind.MODEL_UNAVAILABLE, null, "missing lexicon " + name + " beside " + anchor.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ClaimKitException(ErrorKind.MODEL_UNAVAILABLE, null, "cannot read lexicon " + name, e);
    }
  }
}
