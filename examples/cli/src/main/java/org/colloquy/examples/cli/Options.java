package org.colloquy.examples.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.colloquy.format.ReadOptions;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The option groups the commands share, as picocli mixins. */
final class Options {

  private Options() {}

  /** The files to read, when they are a command's only positional parameters. */
  static final class Files {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = FILES)
    List<Path> paths = new ArrayList<>();
  }

  static final String FILES =
      "Files to read; a directory stands for every file inside it, recursively, in path order.";

  /** How to read files. */
  static final class Input {
    @Option(names = {"-f", "--format"}, paramLabel = "NAME",
        description = "Read every input in this format instead of detecting it (see `colloquy formats`).")
    @Nullable String format;

    @Option(names = "--strict",
        description = "Reject input with any problem (exit 1, file:line:column: message) instead of repairing it.")
    boolean strict;

    ReadOptions readOptions() {
      return strict ? ReadOptions.strictDefaults() : ReadOptions.defaults();
    }
  }

  /** Which segments to keep. */
  static final class Filter {
    @Option(names = {"-s", "--speaker"}, paramLabel = "WHO",
        description = "Only this speaker: an id, name or alias, ignoring case and accents. Repeatable.")
    List<String> speakers = new ArrayList<>();

    @Option(names = "--from", paramLabel = "TIME", converter = Times.class,
        description = "Only from this time on: 90, 1:30, 01:02:03 or PT1M30S.")
    @Nullable Duration from;

    @Option(names = "--to", paramLabel = "TIME", converter = Times.class,
        description = "Only before this time.")
    @Nullable Duration to;

    boolean byTime() {
      return from != null || to != null;
    }

    Duration start() {
      return from == null ? Duration.ZERO : from;
    }

    Duration end() {
      return to == null ? Duration.ofSeconds(Long.MAX_VALUE) : to;
    }
  }

  /** How to print results. */
  static final class Output {
    @Option(names = "--json", description = "Print JSON (an array of objects) instead of text.")
    boolean json;

    @Option(names = "--csv", description = "Print CSV (RFC 4180, a header line first) instead of text.")
    boolean csv;
  }
}
