package org.colloquy.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.colloquy.format.ColloquyException;
import org.colloquy.format.ColloquyParseException;
import org.colloquy.format.Format;
import org.colloquy.format.FormatRegistry;
import org.colloquy.format.ReadContext;
import org.colloquy.format.ReadOptions;
import org.colloquy.format.Sample;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.model.Speaker;
import org.colloquy.query.Segments;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every command that reads files shares: expanding directories into corpora, detecting each file's format,
 * reporting unreadable files on stderr as {@code file:line:column: message} while going on with the rest, and the
 * segment filters.
 */
abstract class EpisodeCommand implements Callable<Integer> {

  /** One input read. */
  record Loaded(Path path, String name, Format format, Episode episode) {}

  /** Something done with each input read. */
  interface Action {
    void accept(Loaded loaded) throws IOException;
  }

  @Spec
  CommandSpec spec;

  @ParentCommand
  Main main;

  private final Set<String> speakersSeen = new LinkedHashSet<>();

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** Whether JSON or CSV was asked for; both at once is a usage error. */
  Mode mode(Options.Output output) {
    if (output.json && output.csv) {
      throw usage("--json and --csv cannot be used together");
    }
    return output.json ? Mode.JSON : output.csv ? Mode.CSV : Mode.TEXT;
  }

  enum Mode { TEXT, JSON, CSV }

  /** Prints {@code table} the way {@code mode} says; the file column only shows in text when there are several. */
  void print(Table table, Mode mode, int files) {
    PrintWriter out = out();
    switch (mode) {
      case JSON:
        table.printJson(out);
        break;
      case CSV:
        table.printCsv(out);
        break;
      default:
        table.printText(out, files > 1 ? Set.of() : Set.of("file"));
    }
    out.flush();
  }

  /**
   * Reads every input in turn and hands it to {@code action}; an input that cannot be read is reported and
   * skipped.
   *
   * @return {@link ExitCodes#OK}, or {@link ExitCodes#INPUT} if any input could not be read
   */
  int forEach(List<Path> paths, Options.Input input, Action action) {
    FormatRegistry registry = main.registry();
    if (input.format != null && registry.find(input.format).isEmpty()) {
      throw usage("no format is called \"" + input.format + "\"; the known formats are "
          + (registry.formats().isEmpty() ? "none (is colloquy-parsers on the class-path?)"
              : registry.formats().stream().map(Format::name).collect(Collectors.joining(", "))));
    }
    List<Path> files = new ArrayList<>();
    boolean failed = false;
    for (Path p : paths) {
      try {
        files.addAll(expand(p));
      } catch (NoSuchFileException e) {
        failed = report(p.toString(), "no such file or directory");
      } catch (IOException | UncheckedIOException e) {
        failed = report(p.toString(), "cannot read: " + reason(e));
      }
    }
    ReadOptions options = input.readOptions();
    try (Progress progress = new Progress(err(), files.size(), main.terminal())) {
      for (Path file : files) {
        String name = file.toString();
        progress.next(name);
        try {
          Format format = input.format != null ? registry.format(input.format) : detect(registry, file);
          Episode episode = registry.load(file, format.name(), options);
          action.accept(new Loaded(file, name, format, episode));
        } catch (ColloquyParseException e) {
          // The message starts with source:line:column, the form editors and CI logs link to.
          failed = report(e.getMessage());
        } catch (ColloquyException e) {
          failed = report(name, e.getMessage());
        } catch (UncheckedIOException e) {
          failed = report(name, "cannot read: " + reason(e.getCause()));
        } catch (IOException e) {
          failed = report(name, "cannot read: " + reason(e));
        }
      }
    }
    return failed ? ExitCodes.INPUT : ExitCodes.OK;
  }

  private boolean report(String file, String message) {
    return report(file + ": " + message);
  }

  private boolean report(String message) {
    err().println(message);
    err().flush();
    return true;
  }

  private static String reason(Throwable e) {
    if (e instanceof UncheckedIOException && e.getCause() != null) {
      return reason(e.getCause());
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** A file, or every regular file under a directory (hidden ones left out) in path order. */
  static List<Path> expand(Path path) throws IOException {
    if (!Files.exists(path)) {
      throw new NoSuchFileException(path.toString());
    }
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> walk = Files.walk(path)) {
      return walk
          .filter(Files::isRegularFile)
          .filter(p -> !isHidden(path.relativize(p)))
          .sorted(Comparator.comparing(Path::toString))
          .collect(Collectors.toList());
    }
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** The format of {@code file}, judged by the start of its content as the library does. */
  private static Format detect(FormatRegistry registry, Path file) throws IOException {
    byte[] head;
    boolean complete;
    try (InputStream in = Files.newInputStream(file)) {
      // Four bytes a character at most, so this holds a whole sample.
      head = in.readNBytes(Sample.MAX_LENGTH * 4);
      complete = in.read() < 0;
    }
    String text = ReadContext.of(file.toString(), new ByteArrayInputStream(head), ReadOptions.defaults())
        .text();
    boolean whole = complete && text.length() <= Sample.MAX_LENGTH;
    String sample = text.length() <= Sample.MAX_LENGTH ? text : text.substring(0, Sample.MAX_LENGTH);
    return registry.detect(new Sample(file.toString(), sample, whole));
  }

  /** The segments {@code filter} keeps. */
  Segments filter(Episode episode, Options.Filter filter) {
    Segments segments = episode.segments();
    if (!filter.speakers.isEmpty()) {
      noteSpeakers(episode, filter.speakers);
      segments = segments.filter(s -> s.speaker().filter(sp -> wanted(sp, filter.speakers)).isPresent());
    }
    if (filter.byTime()) {
      segments = segments.between(filter.start(), filter.end());
    }
    return segments;
  }

  /** Notes which of {@code names} answer to a speaker of {@code episode}, for {@link #warnUnmatched}. */
  void noteSpeakers(Episode episode, List<String> names) {
    for (String who : names) {
      if (episode.speaker(who).isPresent()) {
        speakersSeen.add(who);
      }
    }
  }

  /** Whether {@code speaker} is one of those {@code names} name; every speaker when there are no names. */
  static boolean wanted(Speaker speaker, List<String> names) {
    return names.isEmpty() || names.stream().anyMatch(w -> speaker.id().equals(w) || speaker.matches(w));
  }

  /** Checks the filter before anything is read. */
  void validate(Options.Filter filter) {
    if (filter.from != null && filter.to != null && filter.from.compareTo(filter.to) >= 0) {
      throw usage("--from " + Times.clock(filter.from) + " is not before --to " + Times.clock(filter.to));
    }
  }

  /** Warns on stderr about each --speaker that named nobody in any input: most likely a typo. */
  void warnUnmatched(List<String> names) {
    for (String who : names) {
      if (!speakersSeen.contains(who)) {
        err().println("colloquy: warning: no speaker answers to \"" + who + "\" in any input");
      }
    }
    err().flush();
  }

  /** {@code [01:09–01:11] CRAIG: text}, the line a person scans. */
  static String line(Segment s) {
    StringBuilder b = new StringBuilder();
    s.start().ifPresent(start -> {
      b.append('[').append(Times.clock(start));
      s.end().filter(e -> !e.equals(start)).ifPresent(e -> b.append('–').append(Times.clock(e)));
      b.append("] ");
    });
    if (s.speaker().isPresent()) {
      b.append(s.speaker().get().id()).append(": ");
    } else if (!s.isSpeech()) {
      b.append('(').append(s.kind().name().toLowerCase(Locale.ROOT)).append(") ");
    }
    return b.append(s.text().replace('\n', ' ')).toString();
  }
}
