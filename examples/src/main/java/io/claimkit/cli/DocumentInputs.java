package io.claimkit.cli;

import com.google.common.collect.AbstractIterator;
import com.google.common.collect.Iterators;
import io.claimkit.batch.BatchInput;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The documents named on the command line, read lazily in order: each JSON Lines file ({@code .jsonl},
 * {@code .ndjson}) one document per line, every other file one text document, folders recursively in sorted
 * order, or the bundled samples when no path is given.
 */
final class DocumentInputs {

  private DocumentInputs() {}

  /**
   * The documents of files listed before (see {@link TextInputs#list}), or the samples when no path was given.
   */
  static Iterator<BatchInput> of(List<Path> paths, List<TextInputs.FileEntry> listed, int maxChars) {
    if (paths.isEmpty()) {
      return TextInputs.samples().stream().map(DocumentInputs::batchInput).iterator();
    }
    // Guava's lazy concat, not Stream.flatMap: a stream's iterator may buffer a whole JSON Lines file.
    Iterator<TextInputs.FileEntry> files = listed.iterator();
    return Iterators.concat(
        Iterators.transform(
            files,
            entry -> entry.failure() == null && JsonLinesFile.isJsonLines(entry.path())
                ? new JsonLinesFile(entry.path(), maxChars)
                : Iterators.singletonIterator(batchInput(entry.input(maxChars)))));
  }

  /** How many inputs {@link #of} gives for the same listing, found without reading any document. */
  static long count(List<Path> paths, List<TextInputs.FileEntry> listed) {
    if (paths.isEmpty()) {
      return TextInputs.samples().size();
    }
    return listed.stream()
        .mapToLong(entry -> entry.failure() == null && JsonLinesFile.isJsonLines(entry.path())
            ? JsonLinesFile.countLines(entry.path())
            : 1)
        .sum();
  }

  /**
   * The inputs without those already written: an id written {@code n} times is skipped at its first {@code n}
   * occurrences, so that an input with repeated ids resumes where it stopped too.
   */
  static Iterator<BatchInput> skipping(Iterator<BatchInput> inputs, Map<String, Integer> written) {
    return new AbstractIterator<>() {
      @Override
      protected BatchInput computeNext() {
        while (inputs.hasNext()) {
          BatchInput candidate = inputs.next();
          Integer left = written.get(candidate.id());
          if (left == null) {
            return candidate;
          }
          if (left == 1) {
            written.remove(candidate.id());
          } else {
            written.put(candidate.id(), left - 1);
          }
        }
        return endOfData();
      }
    };
  }

  private static BatchInput batchInput(Input input) {
    return new BatchInput(input.id(), input::read);
  }
}
