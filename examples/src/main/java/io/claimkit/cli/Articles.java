package io.claimkit.cli;

import io.claimkit.ClaimPipeline;
import io.claimkit.Extraction;
import io.claimkit.analysis.Backend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The articles a command reads, extracted: the files and folders named (as {@code extract} reads them), or
 * the bundled samples when none is named.
 */
final class Articles {

  private Articles() {}

  /**
   * Extracts every article in input order; the files are listed first, without the run's own outputs.
   *
   * @throws io.claimkit.ClaimKitException naming the first article that cannot be read or analyzed
   */
  static List<Extraction> extract(Supplier<Backend> backend, List<Path> paths, OwnOutputs outputs) {
    List<Input> inputs = paths.isEmpty()
        ? TextInputs.samples()
        : TextInputs.of(paths, ClaimPipeline.DEFAULT_MAX_CHARS, outputs);
    ClaimPipeline pipeline = Backends.pipeline(backend.get()).build();
    List<Extraction> extractions = new ArrayList<>();
    for (Input input : inputs) {
      extractions.add(pipeline.extract(input.read()));
    }
    return extractions;
  }
}
