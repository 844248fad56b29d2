package org.colloquy.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.colloquy.query.SpeakerStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code colloquy speakers}: who takes part in each file. */
@Command(name = "speakers", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    footer = ExitCodes.FOOTER,
    description = "List the speakers of each file: id, name, role, aliases, and their share of words and talk.")
final class SpeakersCommand extends EpisodeCommand {

  @Mixin Options.Files files;
  @Mixin Options.Input input;
  @Mixin Options.Output output;

  @Option(names = {"-s", "--speaker"}, paramLabel = "WHO",
      description = "Only this speaker: an id, name or alias, ignoring case and accents. Repeatable.")
  List<String> speakers = new ArrayList<>();

  @Override
  public Integer call() {
    Mode mode = mode(output);
    Table table = new Table("file", "id", "name", "fullName", "role", "aliases", "segments", "words", "wordShare",
        "talkTime", "talkShare");
    int[] read = {0};
    int code = forEach(files.paths, input, loaded -> {
      read[0]++;
      noteSpeakers(loaded.episode(), speakers);
      for (SpeakerStats s : loaded.episode().stats().speakers()) {
        if (!wanted(s.speaker(), speakers)) {
          continue;
        }
        table.add(loaded.name(), s.speaker().id(), s.speaker().displayName(), s.speaker().fullName(),
            s.speaker().role().name().toLowerCase(Locale.ROOT), s.speaker().aliases(), s.segments(),
            s.words(), new Table.Share(s.wordShare()), s.talkTime(), new Table.Share(s.talkShare()));
      }
    });
    print(table, mode, read[0]);
    warnUnmatched(speakers);
    return code;
  }
}
