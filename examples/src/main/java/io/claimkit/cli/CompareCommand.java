package io.claimkit.cli;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import io.claimkit.Extraction;
import io.claimkit.analysis.Backend;
import io.claimkit.compare.ClaimAligner;
import io.claimkit.compare.Comparison;
import io.claimkit.compare.ComparisonJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code claimkit compare}: what two or more articles agree on, where they conflict, what only one says. */
@Command(
    name = "compare",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    versionProvider = ClaimKitCli.Version.class,
    description = {
      "Aligns the claims of two or more articles and prints what they agree on, where they conflict and"
          + " what only one of them says; with three or more, the claims several of them make (clusters) and"
          + " each article's counts and the earlier article it most depends on.",
      "",
      "Quantities align when their measured things and events match in meaning (\"residents\" and \"people\","
          + " \"killed\" and \"died\"); they agree when their intervals overlap after unit conversion (\"at least"
          + " 151\" and \"151\", \"62 mph\" and \"100 km/h\") and conflict when they cannot both hold. Attributions align by speaker and"
          + " content, events by actor and predicate, and an attribution with an event whose sentence states"
          + " what it reports. Each pair has a score and its reasons, and says whether its wording is verbatim,"
          + " paraphrased or narrated (a quote turned into the article's own voice).",
      "Without a PATH, the bundled sample articles are compared."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:the articles were compared",
      "1:an article could not be read or analyzed",
      "2:invalid command line, or fewer than two articles"
    })
final class CompareCommand implements Callable<Integer> {

  @Option(names = "--json", description = "Print the comparison as one JSON object instead of a table.")
  private boolean json;

  @Option(
      names = "--threshold",
      paramLabel = "SCORE",
      description = "Keep only pairs whose score (0 to 1) is at least SCORE (default: ${DEFAULT-VALUE}).")
  private double threshold = ClaimAligner.DEFAULT_THRESHOLD;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Text files (UTF-8) and folders, two articles or more.")
  private List<Path> paths = new ArrayList<>();

  @Spec private CommandSpec spec;

  @Mixin private BackendOption backendOption = new BackendOption();

  private final Supplier<Backend> backend;

  CompareCommand(Supplier<Backend> backend) {
    this.backend = Objects.requireNonNull(backend, "backend");
  }

  @Override
  public Integer call() {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new ParameterException(spec.commandLine(), "--threshold takes a score from 0 to 1, got " + threshold);
    }
    if (paths.size() == 1 && !paths.get(0).toFile().isDirectory()) {
      throw new ParameterException(spec.commandLine(), "compare needs two articles or more");
    }
    List<Extraction> extractions;
    try {
      extractions = Articles.extract(backendOption.or(backend), paths, OwnOutputs.of(null));
    } catch (ClaimKitException e) {
      if (e.kind() == ErrorKind.INVALID_ARGUMENT) {
        throw new ParameterException(spec.commandLine(), e.getMessage(), e);
      }
      PrintWriter err = spec.commandLine().getErr();
      err.println("claimkit compare: " + e.getMessage());
      err.flush();
      return ExtractCommand.SOME_FAILED;
    }
    if (extractions.size() < 2) {
      throw new ParameterException(spec.commandLine(), "compare needs two articles or more, found " + extractions.size());
    }
    Comparison comparison = ClaimAligner.align(extractions, threshold);
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? ComparisonJson.toJson(comparison) + "\n" : ComparisonTable.render(comparison, extractions));
    out.flush();
    return 0;
  }
}
