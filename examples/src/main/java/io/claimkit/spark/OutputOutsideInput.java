package io.claimkit.spark;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Refuses a job whose output would be among its inputs: an output folder inside an input folder (a rerun
 * would read the first run's part files as articles), an input inside the output, or a glob that matches the
 * output. Paths are compared fully qualified (scheme, authority, absolute path), as Hadoop resolves them.
 */
final class OutputOutsideInput {

  private OutputOutsideInput() {}

  /**
   * @param inputs the job's {@code --input}: paths or globs, comma-separated as Hadoop reads them
   * @throws ClaimKitException {@code invalid_argument} naming the input and the output
   */
  static void check(String inputs, String output, Configuration configuration) {
    Path out = qualified(new Path(output), configuration);
    for (String input : inputs.split(",")) {
      if (input.isBlank()) {
        continue;
      }
      Path given = qualified(new Path(input.strip()), configuration);
      checkPair(input, given, output, out);
      for (Path matched : matches(given, configuration)) {
        checkPair(input, matched, output, out);
      }
    }
  }

  private static void checkPair(String input, Path in, String output, Path out) {
    if (within(out, in) || within(in, out)) {
      throw new ClaimKitException(ErrorKind.INVALID_ARGUMENT, null, "--output " + output + " and --input "
          + input + " overlap: the job would read its own output; write the output outside the input");
    }
  }

  /** Whether {@code path} is {@code folder} or lies inside it. */
  static boolean within(Path path, Path folder) {
    for (Path p = path; p != null; p = p.getParent()) {
      if (p.equals(folder)) {
        return true;
      }
    }
    return false;
  }

  private static Path[] matches(Path glob, Configuration configuration) {
    try {
      FileStatus[] found = glob.getFileSystem(configuration).globStatus(glob);
      if (found == null) {
        return new Path[0];
      }
      Path[] paths = new Path[found.length];
      for (int i = 0; i < found.length; i++) {
        paths[i] = found[i].getPath();
      }
      return paths;
    } catch (IOException e) {
      return new Path[0]; // Spark reports an input it cannot list
    }
  }

  private static Path qualified(Path path, Configuration configuration) {
    try {
      FileSystem fs = path.getFileSystem(configuration);
      return fs.makeQualified(path);
    } catch (IOException e) {
      throw new ClaimKitException(ErrorKind.INVALID_ARGUMENT, null, "cannot resolve " + path + ": " + e, e);
    }
  }
}
