package org.colloquy.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.colloquy.Colloquy;
import org.colloquy.format.FormatRegistry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code colloquy} command: transcripts, captions and summary pages from a terminal.
 *
 * <pre>
 * java -jar colloquy.jar info interview.txt
 * java -jar colloquy.jar grep --speaker yann backprop corpus/
 * java -jar colloquy.jar timeline interview.txt -o interview.svg
 * </pre>
 */
@Command(
    name = "colloquy",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Read interviews, podcasts and captions in any format Colloquy knows, and query them.%n"
        + "A directory stands for every file inside it (a corpus).",
    footer = ExitCodes.FOOTER,
    subcommands = {
        InfoCommand.class,
        SpeakersCommand.class,
        StatsCommand.class,
        SegmentsCommand.class,
        GrepCommand.class,
        ConvertCommand.class,
        FormatsCommand.class,
        TimelineCommand.class,
        CommandLine.HelpCommand.class
    })
public final class Main implements Callable<Integer> {

  private final Supplier<FormatRegistry> registry;
  private final boolean terminal;

  @Spec
  CommandSpec spec;

  /** The tool over every format on the class-path, with a progress bar when stderr is a terminal. */
  public Main() {
    this(Colloquy::registry, System.console() != null);
  }

  Main(Supplier<FormatRegistry> registry, boolean terminal) {
    this.registry = registry;
    this.terminal = terminal;
  }

  /** Runs the tool and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(commandLine(new Main()).execute(args));
  }

  /** A command line around {@code main}, with the tool's error handling; {@code execute} returns the exit code. */
  static CommandLine commandLine(Main main) {
    CommandLine cli = new CommandLine(main);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      err.println("colloquy: unexpected error, probably a bug; please report it with this trace:");
      e.printStackTrace(err);
      err.flush();
      return ExitCodes.BUG;
    });
    return cli;
  }

  FormatRegistry registry() {
    return registry.get();
  }

  boolean terminal() {
    return terminal;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("colloquy: name a command");
    spec.commandLine().usage(err);
    return ExitCodes.USAGE;
  }

  /** The version Maven wrote into {@code version.properties}. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties p = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {
          "colloquy " + p.getProperty("version", "(unknown version)"),
          "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
      };
    }
  }
}
