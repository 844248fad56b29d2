package org.colloquy.examples.cli;

import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.colloquy.format.Format;
import org.colloquy.format.ReadContext;
import org.colloquy.format.Sample;
import org.colloquy.format.WriteOptions;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.model.Speaker;
import org.colloquy.model.TimeSpan;
import org.colloquy.model.Topic;

/**
 * A tiny format only the CLI's tests know, so they need no real format to exist: a {@code #cli-test} first line,
 * {@code name: value} headers, then {@code mm:ss-mm:ss SPEAKER: text} lines ({@code ~kind: text} for
 * non-speech). A span that ends before it starts is a warning (skipped); any other line is unreadable.
 */
public final class CliTestFormat implements Format {

  private static final Pattern SEGMENT = Pattern.compile("(\\d+):(\\d\\d)-(\\d+):(\\d\\d) (~?)([^:]+): (.*)");
  private static final Pattern TOPIC = Pattern.compile("topic: (\\d+):(\\d\\d)-(\\d+):(\\d\\d) (.+)");

  @Override
  public String name() {
    return "cli-test";
  }

  @Override
  public List<String> extensions() {
    return List.of("clt");
  }

  @Override
  public String description() {
    return "the CLI tests' own little format";
  }

  @Override
  public double detect(Sample sample) {
    return sample.head().startsWith("#cli-test") ? 1 : 0;
  }

  @Override
  public Episode read(ReadContext ctx) {
    Episode.Builder episode = Episode.builder();
    Map<String, Speaker> speakers = new LinkedHashMap<>();
    String[] lines = ctx.text().split("\n", -1);
    if (!lines[0].startsWith("#cli-test")) {
      throw ctx.fail(1, 1, "#cli-test", lines[0]);
    }
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      int n = i + 1;
      Matcher seg = SEGMENT.matcher(line);
      Matcher topic = TOPIC.matcher(line);
      if (line.isBlank()) {
        continue;
      } else if (topic.matches()) {
        episode.addTopic(Topic.of(topic.group(5), TimeSpan.of(time(topic, 1), time(topic, 3))));
      } else if (seg.matches()) {
        Duration start = time(seg, 1);
        Duration end = time(seg, 3);
        if (end.compareTo(start) < 0) {
          ctx.warn("bad-span", "segment ends at " + end + ", before its start " + start, n, 7);
          continue;
        }
        Segment.Builder b = Segment.builder().start(start).end(end).text(seg.group(7)).source(ctx.at(n, 1));
        if (seg.group(5).isEmpty()) {
          b.speaker(speakers.computeIfAbsent(seg.group(6), Speaker::of));
        } else {
          b.kind(Segment.Kind.valueOf(seg.group(6).toUpperCase(Locale.ROOT)));
        }
        episode.addSegment(b.build());
      } else if (line.startsWith("title: ")) {
        episode.title(line.substring(7));
      } else if (line.startsWith("show: ")) {
        episode.show(line.substring(6));
      } else if (line.startsWith("speaker: ")) {
        String[] parts = line.substring(9).split(" ", 3);
        speakers.put(parts[0], Speaker.of(parts[0], parts[1], Speaker.Role.valueOf(parts[2].toUpperCase(Locale.ROOT))));
      } else {
        throw ctx.fail(n, 1, "a segment like 00:00-00:10 NAME: text", line);
      }
    }
    episode.addSpeakers(speakers.values());
    return episode.build();
  }

  private static Duration time(Matcher m, int group) {
    return Duration.ofMinutes(Long.parseLong(m.group(group))).plusSeconds(Long.parseLong(m.group(group + 1)));
  }

  @Override
  public boolean canWrite() {
    return true;
  }

  @Override
  public void write(Episode episode, Writer out, WriteOptions options) throws IOException {
    out.write("#cli-test\n");
    if (episode.title().isPresent()) {
      out.write("title: " + episode.title().get() + "\n");
    }
    for (Speaker s : episode.speakers()) {
      out.write("speaker: " + s.id() + " " + s.displayName() + " " + s.role().name().toLowerCase(Locale.ROOT) + "\n");
    }
    for (Segment s : episode.segments()) {
      String who = s.isSpeech() ? s.speaker().map(Speaker::id).orElse("?")
          : "~" + s.kind().name().toLowerCase(Locale.ROOT);
      out.write(clock(s.start().orElse(Duration.ZERO)) + "-" + clock(s.end().or(s::start).orElse(Duration.ZERO))
          + " " + who + ": " + s.text() + "\n");
    }
  }

  private static String clock(Duration d) {
    return String.format(Locale.ROOT, "%02d:%02d", d.toSeconds() / 60, d.toSeconds() % 60);
  }
}
