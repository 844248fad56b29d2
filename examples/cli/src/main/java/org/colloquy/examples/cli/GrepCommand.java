package org.colloquy.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.colloquy.model.Segment;
import org.colloquy.model.SourceLocation;
import org.colloquy.query.Segments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code colloquy grep}: who said it, when, and where in the file. */
@Command(name = "grep", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    footer = ExitCodes.FOOTER,
    description = "Find the segments that say PHRASE, as whole words ignoring case, accents and punctuation"
        + " (or that match a regular expression with --regex). Each match prints as"
        + " file:line:column: [time] SPEAKER: text, so editors can jump to it.")
final class GrepCommand extends EpisodeCommand {

  @Parameters(index = "0", paramLabel = "PHRASE", description = "The words to find.")
  String phrase = "";

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = Options.FILES)
  List<Path> files = new ArrayList<>();

  @Option(names = {"-E", "--regex"}, description = "PHRASE is a Java regular expression, matched case-sensitively"
      + " unless it starts with (?i).")
  boolean regex;

  @Mixin Options.Input input;
  @Mixin Options.Filter filter;
  @Mixin Options.Output output;

  @Override
  public Integer call() {
    Mode mode = mode(output);
    validate(filter);
    Pattern pattern = null;
    if (regex) {
      try {
        pattern = Pattern.compile(phrase);
      } catch (PatternSyntaxException e) {
        throw usage("--regex: " + e.getDescription() + " in " + e.getPattern());
      }
    } else if (phrase.isBlank()) {
      throw usage("PHRASE is blank; give the words to find");
    }
    Pattern compiled = pattern;
    Table table = new Table("file", "index", "start", "end", "speaker", "kind", "text", "line", "column");
    int[] read = {0};
    int[] matches = {0};
    int code = forEach(files, input, loaded -> {
      read[0]++;
      Segments all = loaded.episode().segments();
      Segments scope = filter(loaded.episode(), filter);
      Segments found = compiled == null ? scope.containing(phrase) : scope.matching(compiled);
      matches[0] += found.size();
      int from = 0;
      for (Segment s : found) {
        if (mode == Mode.TEXT) {
          String where = s.source().map(l -> l.line() + ":" + l.column() + ":").orElse("");
          out().println(loaded.name() + ":" + where + " " + line(s));
          continue;
        }
        int index = SegmentsCommand.indexOf(all, s, from);
        from = index + 1;
        table.add(loaded.name(), index, s.start(), s.end(), s.speaker().map(sp -> sp.id()),
            s.kind().name().toLowerCase(Locale.ROOT), s.text(), s.source().map(SourceLocation::line),
            s.source().map(SourceLocation::column));
      }
      out().flush();
    });
    if (mode != Mode.TEXT) {
      print(table, mode, read[0]);
    }
    warnUnmatched(filter.speakers);
    return code != ExitCodes.OK ? code : matches[0] == 0 ? ExitCodes.NO_MATCH : ExitCodes.OK;
  }
}
