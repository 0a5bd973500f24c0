package io.claimkit.cli;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import io.claimkit.text.Document;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The documents named on the command line, in order: each file as given, each directory's files
 * recursively in sorted order (hidden files and folders skipped), or the bundled samples when no path is
 * given. Every path yields at least one input, so a path that cannot be read still gets its error record.
 */
final class TextInputs {

  private static final String SAMPLES = "/io/claimkit/samples/";

  private TextInputs() {}

  /**
   * The inputs of the paths, listed once, now: files that appear later are not read.
   *
   * @param outputs the run's own output files, never read: left out of folders, refused when named
   * @throws io.claimkit.ClaimKitException {@code invalid_argument} when a path named is one of the outputs
   */
  static List<Input> of(List<Path> paths, int maxChars, OwnOutputs outputs) {
    return list(paths, outputs).stream().map(entry -> entry.input(maxChars)).toList();
  }

  /**
   * The files of the paths, in order, listed now, without the run's own outputs.
   *
   * @throws io.claimkit.ClaimKitException {@code invalid_argument} when a path named is one of the outputs
   */
  static List<FileEntry> list(List<Path> paths, OwnOutputs outputs) {
    List<FileEntry> entries = new ArrayList<>();
    for (Path path : paths) {
      outputs.checkInput(path);
      entries.addAll(files(path, outputs));
    }
    return List.copyOf(entries);
  }

  /**
   * A file found on the command line: its id (the path as given or found), and the failure that kept a
   * folder's entry from being listed, if one did.
   */
  record FileEntry(String id, Path path, IOException failure) {

    /** The file as one text document, or its listing failure as an {@code unreadable} error. */
    Input input(int maxChars) {
      if (failure != null) {
        return new Input(id, () -> {
          throw new ClaimKitException(ErrorKind.UNREADABLE, id, "cannot read: " + failure, failure);
        });
      }
      return new Input(id, () -> TextFiles.read(path, id, maxChars));
    }
  }

  /** A path as given, or a folder's files recursively in sorted order, hidden ones and outputs skipped. */
  static List<FileEntry> files(Path path, OwnOutputs outputs) {
    return Files.isDirectory(path)
        ? directory(path, outputs)
        : List.of(new FileEntry(path.toString(), path, null));
  }

  /** A folder's files, sorted, the run's outputs left out; a file or subfolder that cannot be read becomes a failed entry in its place. */
  private static List<FileEntry> directory(Path dir, OwnOutputs outputs) {
    Map<String, FileEntry> found = new TreeMap<>();
    try {
      Files.walkFileTree(
          dir,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path sub, BasicFileAttributes attrs) {
              return !sub.equals(dir) && hidden(sub) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && !hidden(file) && !outputs.isOutput(file)) {
                found.put(sortKey(dir, file), new FileEntry(file.toString(), file, null));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              found.put(sortKey(dir, file), new FileEntry(file.toString(), file, e));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      return List.of(new FileEntry(dir.toString(), dir, e));
    }
    return List.copyOf(found.values());
  }

  private static boolean hidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  /** The same order on every platform: the path inside the folder with '/' separators. */
  private static String sortKey(Path dir, Path file) {
    Path relative = dir.relativize(file);
    return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
  }

  /** The sample articles bundled with the command, each named by its file name. */
  static List<Input> samples() {
    return resource("index.txt")
        .lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .map(name -> new Input(name, () -> Document.of(name, resource(name))))
        .toList();
  }

  private static String resource(String name) {
    try (InputStream in = TextInputs.class.getResourceAsStream(SAMPLES + name)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + SAMPLES + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
