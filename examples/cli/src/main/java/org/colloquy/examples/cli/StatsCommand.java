package org.colloquy.examples.cli;

import java.util.Locale;
import org.colloquy.model.Episode;
import org.colloquy.query.EpisodeStats;
import org.colloquy.query.SpeakerStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code colloquy stats}: who spoke how much. */
@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    footer = ExitCodes.FOOTER,
    description = "Who spoke how much in each file: segments, turns, words, talk time, their shares, the longest"
        + " turn and questions asked. --from/--to count only that stretch; --speaker shows only those rows"
        + " (shares stay shares of everyone).")
final class StatsCommand extends EpisodeCommand {

  @Mixin Options.Files files;
  @Mixin Options.Input input;
  @Mixin Options.Filter filter;
  @Mixin Options.Output output;

  @Override
  public Integer call() {
    Mode mode = mode(output);
    validate(filter);
    Table table = new Table("file", "speaker", "role", "segments", "turns", "words", "wordShare", "talkTime",
        "talkShare", "longestTurn", "questions");
    int[] read = {0};
    int code = forEach(files.paths, input, loaded -> {
      read[0]++;
      Episode episode = loaded.episode();
      if (filter.byTime()) {
        // Only the speakers and the window's segments: stats need nothing else, and topics and quotes point at
        // segment indexes that the window would invalidate.
        Options.Filter timeOnly = new Options.Filter();
        timeOnly.from = filter.from;
        timeOnly.to = filter.to;
        episode = Episode.builder().addSpeakers(episode.speakers()).addSegments(filter(episode, timeOnly)).build();
      }
      noteSpeakers(loaded.episode(), filter.speakers);
      EpisodeStats stats = episode.stats();
      for (SpeakerStats s : stats.speakers()) {
        if (!wanted(s.speaker(), filter.speakers)) {
          continue;
        }
        table.add(loaded.name(), s.speaker().displayName(), s.speaker().role().name().toLowerCase(Locale.ROOT),
            s.segments(), s.turns(), s.words(), new Table.Share(s.wordShare()), s.talkTime(),
            new Table.Share(s.talkShare()), s.longestTurn(), s.questions());
      }
    });
    print(table, mode, read[0]);
    warnUnmatched(filter.speakers);
    return code;
  }
}
