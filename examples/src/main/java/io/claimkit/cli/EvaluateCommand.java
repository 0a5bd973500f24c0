package io.claimkit.cli;

import io.claimkit.ClaimKitException;
import io.claimkit.ClaimPipeline;
import io.claimkit.Extraction;
import io.claimkit.analysis.Backend;
import io.claimkit.eval.AttributionEvaluation;
import io.claimkit.eval.AttributionGold;
import io.claimkit.eval.EntityEvaluation;
import io.claimkit.eval.EntityGold;
import io.claimkit.eval.Evaluation;
import io.claimkit.eval.EvaluationReport;
import io.claimkit.eval.Evaluator;
import io.claimkit.eval.GoldFile;
import io.claimkit.text.Document;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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

/** {@code claimkit evaluate}: scores the extraction of articles against hand-made gold. */
@Command(
    name = "evaluate",
    sortOptions = false,
    mixinStandardHelpOptions = true,
    versionProvider = ClaimKitCli.Version.class,
    description = {
      "Extracts the claims of articles and scores them against gold annotations.",
      "",
      "Prints precision, recall and F1 for numbers, temporals, entities, persons, each claim type, all claims"
          + " together, boilerplate and bylines. Each article finds its gold by its file name. The gold format"
          + " is that of the bundled seeds.gold.json: UTF-16 offsets into the raw text, end exclusive.",
      "Without a PATH, the bundled sample articles are scored against their bundled gold."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every article was extracted and scored",
      "1:an article could not be extracted or has no gold",
      "2:invalid command line"
    })
final class EvaluateCommand implements Callable<Integer> {

  private static final String BUNDLED_GOLD = "/io/claimkit/samples/seeds.gold.json";

  @Option(
      names = {"-g", "--gold"},
      paramLabel = "GOLD.json",
      description = "The gold file. Required when a PATH is given.")
  private Path gold;

  @Option(
      names = "--attributions",
      paramLabel = "GOLD.json",
      description = {
        "Score only the attribution claims, against gold in the format of GUM's Wikinews attribution set"
            + " (speaker, cue and content spans per file name): a claim is right when its speaker overlaps a"
            + " gold speaker and its content's character Jaccard with the gold content is at least 0.5.",
        "Prints precision, recall and F1, then precision by confidence and by rule."
      })
  private Path attributions;

  @Option(
      names = "--entities",
      paramLabel = "DIR",
      description = {
        "Score only the entity mentions, against the names of the GUM CoNLL-U files (Entity= mentions) in DIR:"
            + " each file's text is rebuilt from its tokens and extracted; a PERSON, ORGANIZATION or LOCATION"
            + " mention is right when a gold name has exactly its span and type (see docs/names.md).",
        "Prints precision, recall and F1 per type."
      })
  private Path entities;

  @Option(
      names = {"-v", "--verbose"},
      description = "List every miss and false alarm after the table.")
  private boolean verbose;

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Text files (UTF-8) and folders to score.")
  private List<Path> paths = new ArrayList<>();

  @Spec private CommandSpec spec;

  @Mixin private BackendOption backendOption = new BackendOption();

  private final Supplier<Backend> backend;

  EvaluateCommand(Supplier<Backend> backend) {
    this.backend = Objects.requireNonNull(backend, "backend");
  }

  @Override
  public Integer call() throws IOException {
    if (attributions != null) {
      return scoreAttributions();
    }
    if (entities != null) {
      return scoreEntities();
    }
    if (!paths.isEmpty() && gold == null) {
      throw new ParameterException(spec.commandLine(), "--gold is required when a PATH is given");
    }
    GoldFile goldFile = gold == null ? bundledGold() : GoldFile.read(gold);
    PrintWriter err = spec.commandLine().getErr();
    try {
      List<Extraction> extractions = Articles.extract(backendOption.or(backend), paths, OwnOutputs.of(null));
      Evaluation evaluation = Evaluator.evaluate(goldFile, extractions);
      PrintWriter out = spec.commandLine().getOut();
      out.print(EvaluationReport.render(evaluation, verbose));
      out.flush();
      return 0;
    } catch (ClaimKitException e) {
      err.println("claimkit evaluate: " + e.getMessage());
      err.flush();
      return ExtractCommand.SOME_FAILED;
    }
  }

  private int scoreAttributions() {
    if (paths.isEmpty() || gold != null) {
      throw new ParameterException(
          spec.commandLine(), "--attributions needs the articles' PATH and no --gold");
    }
    return printReport(() -> {
      AttributionGold goldAttributions = AttributionGold.read(attributions);
      List<Extraction> extractions = Articles.extract(backendOption.or(backend), paths, OwnOutputs.of(null));
      return AttributionEvaluation.evaluate(goldAttributions, extractions).render(verbose);
    });
  }

  private int scoreEntities() {
    if (!paths.isEmpty() || gold != null) {
      throw new ParameterException(spec.commandLine(), "--entities reads its articles from DIR: no PATH, no --gold");
    }
    return printReport(() -> {
      List<EntityGold> documents = EntityGold.readFolder(entities);
      ClaimPipeline pipeline = Backends.pipeline(backendOption.or(backend).get()).build();
      List<Extraction> extractions = new ArrayList<>();
      for (EntityGold document : documents) {
        extractions.add(pipeline.extract(Document.of(document.id(), document.text())));
      }
      return EntityEvaluation.evaluate(documents, extractions).render(verbose);
    });
  }

  /** Prints the report a scoring makes, or its error on stderr with the status of a run that failed. */
  private int printReport(java.util.function.Supplier<String> scoring) {
    try {
      String report = scoring.get();
      PrintWriter out = spec.commandLine().getOut();
      out.print(report);
      out.flush();
      return 0;
    } catch (ClaimKitException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("claimkit evaluate: " + e.getMessage());
      err.flush();
      return ExtractCommand.SOME_FAILED;
    }
  }

  static GoldFile bundledGold() throws IOException {
    try (InputStream in = EvaluateCommand.class.getResourceAsStream(BUNDLED_GOLD)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + BUNDLED_GOLD);
      }
      return GoldFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
