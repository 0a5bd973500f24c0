package io.claimkit.cli;

import io.claimkit.analysis.Backend;
import io.claimkit.corenlp.CoreNlpBackend;
import io.claimkit.opennlp.OpenNlpBackend;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** The {@code --backend} option that commands share: which NLP backend analyzes the articles. */
final class BackendOption {

  /** The backends the command line offers. */
  enum Choice {
    CORENLP,
    OPENNLP
  }

  @Option(
      names = "--backend",
      paramLabel = "NAME",
      description = {
        "The NLP backend: corenlp (accurate, the default; about 2 GB of heap) or opennlp (fast, small: no"
            + " SUTime, entities from rules and gazetteers). Both refuse text that is not English."
      })
  private Choice choice;

  /** The backend named on the command line, if one was. */
  java.util.Optional<Choice> choice() {
    return java.util.Optional.ofNullable(choice);
  }

  /** The chosen backend, or {@code standard} when the option was not given. */
  Supplier<Backend> or(Supplier<Backend> standard) {
    if (choice == null) {
      return standard;
    }
    return choice == Choice.OPENNLP ? OpenNlpBackend::shared : CoreNlpBackend::shared;
  }
}
