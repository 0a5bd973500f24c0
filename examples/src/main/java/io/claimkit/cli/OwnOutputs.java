package io.claimkit.cli;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The files a run writes, by real path, so that the run never reads them as input: the {@code --output} file
 * (which may not exist yet: then its folder's real path and its name) and, on Linux, the regular file that
 * stdout was redirected to ({@code claimkit extract dir > dir/out.jsonl}). Comparing real paths catches the
 * same file reached through another relative path or a symbolic link.
 */
final class OwnOutputs {

  /** What stdout is on Linux; absent elsewhere. */
  private static final Path STDOUT = Path.of("/proc/self/fd/1");

  private final List<Path> outputs;

  private OwnOutputs(List<Path> outputs) {
    this.outputs = List.copyOf(outputs);
  }

  /** Nothing excluded: for tests and for a run that writes no file. */
  static final OwnOutputs NONE = new OwnOutputs(List.of());

  /**
   * The outputs of a run: its {@code --output} file when there is one, else stdout's file when stdout is a
   * regular file.
   */
  static OwnOutputs of(Path output) {
    List<Path> outputs = new ArrayList<>();
    if (output != null) {
      outputs.add(realPath(output));
    }
    stdoutFile().ifPresent(outputs::add);
    return new OwnOutputs(outputs);
  }

  /** Whether {@code file} is one of the run's outputs; cheap for every other file (a name comparison). */
  boolean isOutput(Path file) {
    Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    for (Path output : outputs) {
      if (name != null && name.equals(output.getFileName()) && realPath(file).equals(output)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Refuses an input path given on the command line that is one of the run's outputs.
   *
   * @throws ClaimKitException {@code invalid_argument} naming the path
   */
  void checkInput(Path input) {
    if (!Files.isDirectory(input) && isOutput(input)) {
      throw new ClaimKitException(ErrorKind.INVALID_ARGUMENT, null, "input " + input
          + " is this run's output; a run never reads its own output: write the output elsewhere");
    }
  }

  /**
   * The real path of a file, or of its folder with its name when the file does not exist yet; the absolute,
   * normalized path when not even the folder exists.
   */
  static Path realPath(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    try {
      return absolute.toRealPath();
    } catch (IOException missing) {
      Path parent = absolute.getParent();
      Path name = absolute.getFileName();
      if (parent == null || name == null) {
        return absolute;
      }
      try {
        return parent.toRealPath().resolve(name);
      } catch (IOException noFolder) {
        return absolute;
      }
    }
  }

  private static Optional<Path> stdoutFile() {
    try {
      if (Files.isRegularFile(STDOUT)) {
        return Optional.of(STDOUT.toRealPath());
      }
    } catch (IOException | SecurityException e) {
      // no /proc, or not readable: nothing to exclude
    }
    return Optional.empty();
  }
}
