package org.colloquy.format;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.model.Speaker;

/** A tiny format for core's own tests (public so ServiceLoader can make one): {@code toy} files hold one {@code ID: text} line per segment. */
public class ToyFormat implements Format {

  @Override
  public String name() {
    return "toy";
  }

  @Override
  public List<String> extensions() {
    return List.of("toy");
  }

  @Override
  public double detect(Sample sample) {
    return sample.head().startsWith("TOY\n") ? 0.9 : 0;
  }

  @Override
  public Episode read(ReadContext context) {
    String text = context.text();
    if (!text.startsWith("TOY\n") && !text.equals("TOY")) {
      throw context.fail(1, 1, "the line TOY", text.lines().findFirst().orElse(""));
    }
    Map<String, Speaker> speakers = new LinkedHashMap<>();
    Episode.Builder episode = Episode.builder();
    List<String> lines = text.lines().toList();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      int colon = line.indexOf(':');
      if (colon <= 0 || line.substring(0, colon).isBlank()) {
        if (!line.isBlank()) {
          context.warn("toy-line", "expected ID: text, found \"" + line + "\"", i + 1, 1, line);
        }
        continue;
      }
      Speaker speaker = speakers.computeIfAbsent(line.substring(0, colon).strip(), Speaker::of);
      episode.addSegment(Segment.builder().speaker(speaker).text(line.substring(colon + 1).strip())
          .source(context.at(i + 1, 1)).build());
    }
    return episode.addSpeakers(speakers.values()).build();
  }

  @Override
  public boolean canWrite() {
    return true;
  }

  @Override
  public void write(Episode episode, Writer out, WriteOptions options) throws IOException {
    out.write("TOY\n");
    for (Segment s : episode.segments()) {
      out.write(s.speaker().map(Speaker::id).orElse("?") + ": " + s.text() + "\n");
    }
  }
}
