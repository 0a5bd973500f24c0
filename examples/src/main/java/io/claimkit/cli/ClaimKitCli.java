package io.claimkit.cli;

import io.claimkit.analysis.Backend;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code claimkit} command line. */
@Command(
    name = "claimkit",
    mixinStandardHelpOptions = true,
    versionProvider = ClaimKitCli.Version.class,
    description = "Typed, source-anchored claims from news articles.",
    synopsisSubcommandLabel = "COMMAND")
public final class ClaimKitCli implements Runnable {

  @Spec private CommandSpec spec;

  /** The command line with its subcommands, analyzing with the given backend. */
  public static CommandLine commandLine(Supplier<Backend> backend) {
    return new CommandLine(new ClaimKitCli())
        .addSubcommand(new ExtractCommand(backend))
        .addSubcommand(new EvaluateCommand(backend))
        .addSubcommand(new CompareCommand(backend))
        .addSubcommand(new ReportCommand(backend))
        .addSubcommand(new BenchCommand(backend))
        .setCaseInsensitiveEnumValuesAllowed(true);
  }

  public static void main(String[] args) {
    // Records go to the real stdout; anything else that prints to System.out (a dependency, a stray
    // println) is sent to stderr so that stdout stays pure JSON Lines.
    PrintWriter out =
        new PrintWriter(
            new BufferedWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8)));
    System.setOut(System.err);
    int status = commandLine(Backends::standard).setOut(out).execute(args);
    out.flush();
    System.exit(status);
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing a command: extract, evaluate, compare, report or bench");
  }

  /** The version Maven wrote into the resources. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"claimkit " + properties.getProperty("version", "unknown")};
    }
  }
}
