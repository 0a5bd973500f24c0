package io.claimkit.cli;

import io.claimkit.ClaimKitException;
import io.claimkit.ErrorKind;
import io.claimkit.Extraction;
import io.claimkit.analysis.Backend;
import io.claimkit.report.HtmlReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

/** {@code claimkit report}: one self-contained HTML page showing articles, their claims and how they line up. */
@Command(
    name = "report",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    versionProvider = ClaimKitCli.Version.class,
    description = {
      "Writes one self-contained HTML page (no network: inline CSS and script) showing each article with"
          + " its claims highlighted by type and its mentions marked. Pointing at a claim shows its value,"
          + " qualifier, measured thing, speaker and rule.",
      "",
      "For two or more articles the page compares them side by side: aligned claims linked, conflicts marked,"
          + " claims only one article makes set apart (see claimkit compare).",
      "Without a PATH, the bundled sample articles are shown."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:the report was written",
      "1:an article could not be read or analyzed, or the report could not be written",
      "2:invalid command line"
    })
final class ReportCommand implements Callable<Integer> {

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      required = true,
      description = "The HTML file to write (UTF-8, replaced if it exists).")
  private Path output;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Text files (UTF-8) and folders.")
  private List<Path> paths = new ArrayList<>();

  @Spec private CommandSpec spec;

  @Mixin private BackendOption backendOption = new BackendOption();

  private final Supplier<Backend> backend;

  ReportCommand(Supplier<Backend> backend) {
    this.backend = Objects.requireNonNull(backend, "backend");
  }

  @Override
  public Integer call() {
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new ParameterException(spec.commandLine(), "cannot write --output " + output + ": no folder " + parent);
    }
    PrintWriter err = spec.commandLine().getErr();
    try {
      List<Extraction> extractions = Articles.extract(backendOption.or(backend), paths, OwnOutputs.of(output));
      if (extractions.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "no article found in " + paths);
      }
      Files.writeString(output, HtmlReport.render(extractions), StandardCharsets.UTF_8);
      return 0;
    } catch (ClaimKitException e) {
      if (e.kind() == ErrorKind.INVALID_ARGUMENT) {
        throw new ParameterException(spec.commandLine(), e.getMessage(), e);
      }
      err.println("claimkit report: " + e.getMessage());
    } catch (IOException e) {
      err.println("claimkit report: cannot write " + output + ": " + e);
    }
    err.flush();
    return ExtractCommand.SOME_FAILED;
  }
}
