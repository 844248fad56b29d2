package org.colloquy.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.model.Speaker;
import org.colloquy.model.Topic;
import org.colloquy.model.TimeSpan;
import org.colloquy.query.EpisodeStats;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code colloquy timeline}: the conversation as a picture. */
@Command(name = "timeline", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    footer = ExitCodes.FOOTER,
    description = "Draw the conversation as an SVG: a lane per speaker over time, each segment a bar,"
        + " non-speech in grey, topics as bands, a time axis and a legend. --from/--to draw only that stretch;"
        + " --speaker only those lanes.")
final class TimelineCommand extends EpisodeCommand {

  @Mixin Options.Files files;
  @Mixin Options.Input input;
  @Mixin Options.Filter filter;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write the SVG; stdout when absent.")
  @Nullable Path output;

  @Option(names = "--width", paramLabel = "PX", defaultValue = "1200",
      description = "The picture's width in pixels (default: ${DEFAULT-VALUE}).")
  int width;

  @Option(names = "--title", paramLabel = "TEXT", description = "The title; the episode's own, or the file name.")
  @Nullable String title;

  @Override
  public Integer call() {
    validate(filter);
    if (width < 400 || width > 20_000) {
      throw usage("--width must be between 400 and 20000 pixels, was " + width);
    }
    boolean several = files.paths.size() > 1 || files.paths.stream().anyMatch(Files::isDirectory);
    if (several) {
      throw usage("timeline draws one file; name a single FILE");
    }
    int[] wrote = {ExitCodes.OK};
    int code = forEach(files.paths, input, loaded -> {
      Episode episode = loaded.episode();
      Optional<Duration> end = filter.to != null ? Optional.of(filter.to) : InfoCommand.length(episode);
      Duration from = filter.start();
      // A stated length alone (a summary page) would draw empty lanes, which says nothing.
      boolean timed = episode.segments().stream().anyMatch(s -> s.start().isPresent())
          || !bands(episode, end.orElse(Duration.ZERO)).isEmpty();
      if (!timed || end.isEmpty() || end.get().compareTo(from) <= 0) {
        err().println(loaded.name() + ": has no times" + (timed ? " after " + Times.clock(from) : "")
            + "; a timeline needs timed segments or topics");
        wrote[0] = ExitCodes.INPUT;
        return;
      }
      String svg = svg(episode, loaded.path().getFileName().toString(), from, end.get());
      if (output == null) {
        out().print(svg);
        out().flush();
        return;
      }
      try {
        Files.writeString(output, svg, StandardCharsets.UTF_8);
      } catch (IOException | UncheckedIOException e) {
        err().println(output + ": cannot write: " + e.getMessage());
        wrote[0] = ExitCodes.OUTPUT;
      }
    });
    warnUnmatched(filter.speakers);
    return code != ExitCodes.OK ? code : wrote[0];
  }

  private String svg(Episode episode, String fileName, Duration from, Duration to) {
    List<Segment> kept = filter(episode, filter);
    EpisodeStats stats = episode.stats();
    List<TimelineSvg.Lane> lanes = new ArrayList<>();
    int colour = 0;
    for (Speaker speaker : episode.speakers()) {
      if (!wanted(speaker, filter.speakers)) {
        continue;
      }
      List<Segment> own = kept.stream()
          .filter(s -> s.isSpeech() && s.speaker().filter(sp -> sp.id().equals(speaker.id())).isPresent())
          .collect(Collectors.toList());
      String note = stats.of(speaker.id()).filter(s -> s.talkShare() > 0)
          .map(s -> String.format(Locale.ROOT, "%.0f%% of talk", s.talkShare() * 100)).orElse("");
      lanes.add(new TimelineSvg.Lane(speaker.id(), speaker.displayName(),
          TimelineSvg.PALETTE.get(colour++ % TimelineSvg.PALETTE.size()), note, own));
    }
    if (filter.speakers.isEmpty()) {
      List<Segment> unattributed = kept.stream().filter(s -> s.isSpeech() && s.speaker().isEmpty())
          .collect(Collectors.toList());
      if (!unattributed.isEmpty()) {
        lanes.add(new TimelineSvg.Lane("(unattributed)", "(unattributed)", "#6F6F6F", "", unattributed));
      }
      List<Segment> other = kept.stream().filter(s -> !s.isSpeech()).collect(Collectors.toList());
      if (!other.isEmpty()) {
        lanes.add(new TimelineSvg.Lane("(non-speech)", "(non-speech)", TimelineSvg.GREY,
            other.stream().map(s -> s.kind().name().toLowerCase(Locale.ROOT)).distinct()
                .collect(Collectors.joining(", ")), other));
      }
    }
    return new TimelineSvg(title(episode, fileName), subtitle(episode, stats), from, to, lanes,
        bands(episode, to), width).render();
  }

  private String title(Episode episode, String fileName) {
    return title != null ? title : episode.title().orElse(fileName);
  }

  private static String subtitle(Episode episode, EpisodeStats stats) {
    List<String> parts = new ArrayList<>();
    String show = episode.show().orElse("")
        + (episode.episodeNumber().isPresent() ? " #" + episode.episodeNumber().getAsInt() : "");
    if (!show.isBlank()) {
      parts.add(show.strip());
    }
    episode.date().ifPresent(d -> parts.add(d.toString()));
    InfoCommand.length(episode).ifPresent(d -> parts.add(Times.clock(d)));
    parts.add(episode.speakers().size() + (episode.speakers().size() == 1 ? " speaker" : " speakers"));
    parts.add(episode.segments().size() + (episode.segments().size() == 1 ? " segment" : " segments"));
    parts.add(stats.words() + " words");
    return String.join(" · ", parts);
  }

  /**
   * The topics as stretches of time: a topic's own spans, or else the stretch its segments cover. A span without
   * an end lasts until the next topic starts.
   */
  static List<TimelineSvg.Band> bands(Episode episode, Duration end) {
    List<TimelineSvg.Band> bands = new ArrayList<>();
    List<Topic> topics = episode.topics();
    for (int i = 0; i < topics.size(); i++) {
      Topic topic = topics.get(i);
      if (!topic.spans().isEmpty()) {
        for (TimeSpan span : topic.spans()) {
          Duration stop = span.end().orElseGet(() -> nextStart(topics, span.start()).orElse(end));
          bands.add(new TimelineSvg.Band(topic.name(), span.start(), stop));
        }
        continue;
      }
      List<Segment> segments = topic.segmentIndexes().stream().map(episode.segments()::get)
          .filter(s -> s.start().isPresent()).collect(Collectors.toList());
      Optional<Duration> first = segments.stream().map(s -> s.start().get()).min(Duration::compareTo);
      Optional<Duration> last = segments.stream().map(s -> s.end().or(s::start).get()).max(Duration::compareTo);
      if (first.isPresent()) {
        bands.add(new TimelineSvg.Band(topic.name(), first.get(), last.get()));
      }
    }
    return bands;
  }

  private static Optional<Duration> nextStart(List<Topic> topics, Duration after) {
    return topics.stream().flatMap(t -> t.spans().stream()).map(TimeSpan::start)
        .filter(s -> s.compareTo(after) > 0).min(Duration::compareTo);
  }
}
