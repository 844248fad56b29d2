package org.colloquy.examples.cli;

import org.colloquy.model.SourceLocation;
import org.colloquy.query.Segments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code colloquy segments}: what was said, segment by segment. */
@Command(name = "segments", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    footer = ExitCodes.FOOTER,
    description = "Print the segments of each file, one a line: [start–end] SPEAKER: text."
        + " Filter with --speaker and --from/--to.")
final class SegmentsCommand extends EpisodeCommand {

  @Mixin Options.Files files;
  @Mixin Options.Input input;
  @Mixin Options.Filter filter;
  @Mixin Options.Output output;

  @Override
  public Integer call() {
    Mode mode = mode(output);
    validate(filter);
    Table table = new Table("file", "index", "start", "end", "speaker", "kind", "text", "line");
    int[] read = {0};
    boolean several = files.paths.size() > 1 || files.paths.stream().anyMatch(java.nio.file.Files::isDirectory);
    int code = forEach(files.paths, input, loaded -> {
      read[0]++;
      Segments all = loaded.episode().segments();
      Segments kept = filter(loaded.episode(), filter);
      if (mode == Mode.TEXT) {
        if (several) {
          out().println((read[0] > 1 ? "\n" : "") + "==> " + loaded.name() + " <==");
        }
        kept.forEach(s -> out().println(line(s)));
        out().flush();
        return;
      }
      // Segments are immutable values and may repeat, so their index is found by identity.
      int from = 0;
      for (var s : kept) {
        int index = indexOf(all, s, from);
        from = index + 1;
        table.add(loaded.name(), index, s.start(), s.end(), s.speaker().map(sp -> sp.id()),
            s.kind().name().toLowerCase(java.util.Locale.ROOT), s.text(), s.source().map(SourceLocation::line));
      }
    });
    if (mode != Mode.TEXT) {
      print(table, mode, read[0]);
    }
    warnUnmatched(filter.speakers);
    return code;
  }

  static int indexOf(Segments all, Object segment, int from) {
    for (int i = from; i < all.size(); i++) {
      if (all.get(i) == segment) {
        return i;
      }
    }
    return all.indexOf(segment);
  }
}
