package io.claimkit.text;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import io.claimkit.internal.LexiconResource;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a list of regular expressions: one per line, blank lines and lines starting with {@code #} skipped,
 * surrounding white space trimmed.
 */
final class PatternList {

  private PatternList() {}

  /** Compiles each entry of a pattern list with the given flags. */
  static List<Pattern> parse(String listing, int flags) {
    List<Pattern> patterns = new ArrayList<>();
    String[] lines = listing.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String entry = lines[i].strip();
      if (entry.isEmpty() || entry.startsWith("#")) {
        continue;
      }
      patterns.add(compile(entry, flags, "line " + (i + 1)));
    }
    return List.copyOf(patterns);
  }

  static Pattern compile(String regex, int flags, String where) {
    try {
      return Pattern.compile(regex, flags);
    } catch (PatternSyntaxException e) {
      throw new ClaimKitException(
          ErrorKind.INVALID_ARGUMENT, null, "bad pattern at " + where + ": " + e.getDescription(), e);
    }
  }

  /** Compiles a pattern list shipped with ClaimKit, next to this class. */
  static List<Pattern> resource(String name, int flags) {
    return parse(LexiconResource.text(PatternList.class, name), flags);
  }

  /** True when some pattern is found in the text. */
  static boolean anyFinds(List<Pattern> patterns, CharSequence text) {
    for (Pattern p : patterns) {
      if (p.matcher(text).find()) {
        return true;
      }
    }
    return false;
  }
}
