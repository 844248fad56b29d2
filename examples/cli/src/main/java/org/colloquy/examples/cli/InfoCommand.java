package org.colloquy.examples.cli;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.colloquy.model.Diagnostic;
import org.colloquy.model.Episode;
import org.colloquy.model.Speaker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code colloquy info}: what each file is, and what reading it took. */
@Command(name = "info", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    footer = ExitCodes.FOOTER,
    description = "Show what each file holds: its format, title, show, date, length, speakers, segments,"
        + " and the problems found while reading it.")
final class InfoCommand extends EpisodeCommand {

  /** Diagnostics listed in text form before the rest are only counted. */
  private static final int LISTED = 20;

  @Mixin Options.Files files;
  @Mixin Options.Input input;
  @Mixin Options.Output output;

  @Override
  public Integer call() {
    Mode mode = mode(output);
    Table table = new Table("file", "format", "title", "show", "episode", "date", "duration", "language", "url",
        "speakers", "segments", "speech", "words", "topics", "quotes", "highlights", "diagnostics");
    int code = forEach(files.paths, input, loaded -> {
      Episode ep = loaded.episode();
      List<Diagnostic> diagnostics = ep.diagnostics();
      table.add(loaded.name(), loaded.format().name(), ep.title(), ep.show(), ep.episodeNumber(),
          ep.date().map(Object::toString), length(ep), ep.language(), ep.url(),
          ep.speakers().stream().map(Speaker::id).collect(Collectors.toList()),
          ep.segments().size(), ep.segments().speech().size(), ep.segments().speech().wordCount(), ep.topics().size(),
          ep.quotes().size(), ep.highlights().size(), mode == Mode.TEXT ? summary(diagnostics) : diagnostics);
      if (mode == Mode.TEXT) {
        Table one = new Table(table.columns().toArray(new String[0]));
        one.add(table.rows().get(table.rows().size() - 1).toArray());
        if (table.rows().size() > 1) {
          out().println();
        }
        one.printRecords(out());
        diagnostics.stream().limit(LISTED).forEach(d -> out().println("  " + d));
        if (diagnostics.size() > LISTED) {
          out().println("  … " + (diagnostics.size() - LISTED) + " more (--json lists them all)");
        }
        out().flush();
      }
    });
    if (mode != Mode.TEXT) {
      print(table, mode, table.rows().size());
    }
    return code;
  }

  /** The stated duration, else the end of the last timed segment. */
  static Optional<Duration> length(Episode ep) {
    return ep.duration().or(() -> ep.segments().stream()
        .map(s -> s.end().or(s::start))
        .flatMap(Optional::stream)
        .max(Duration::compareTo));
  }

  private static String summary(List<Diagnostic> diagnostics) {
    if (diagnostics.isEmpty()) {
      return "none";
    }
    StringBuilder b = new StringBuilder().append(diagnostics.size()).append(" (");
    String sep = "";
    for (Diagnostic.Severity s : Diagnostic.Severity.values()) {
      long n = diagnostics.stream().filter(d -> d.severity() == s).count();
      if (n > 0) {
        String noun = s == Diagnostic.Severity.INFO ? "note" : s.name().toLowerCase(java.util.Locale.ROOT);
        b.append(sep).append(n).append(' ').append(noun).append(n == 1 ? "" : "s");
        sep = ", ";
      }
    }
    return b.append(')').toString();
  }
}
