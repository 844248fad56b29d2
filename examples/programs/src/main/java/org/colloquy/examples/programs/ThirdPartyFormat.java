package org.colloquy.examples.programs;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.colloquy.Colloquy;
import org.colloquy.format.Format;
import org.colloquy.format.ReadContext;
import org.colloquy.format.Sample;
import org.colloquy.format.WriteOptions;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.model.Speaker;

/**
 * Shows how a third party adds a format without touching Colloquy: implement {@link Format}, list the class in
 * {@code META-INF/services/org.colloquy.format.Format} (this module does), and put the jar on the class-path.
 * The format here is a toy: a {@code CHAT} line, then {@code name> text} lines.
 */
public final class ThirdPartyFormat implements Format {

  @Override
  public String name() {
    return "chat-log";
  }

  @Override
  public List<String> extensions() {
    return List.of("chat");
  }

  @Override
  public double detect(Sample sample) {
    return sample.head().startsWith("CHAT\n") ? 0.9 : 0;
  }

  @Override
  public Episode read(ReadContext context) {
    Episode.Builder episode = Episode.builder();
    Map<String, Speaker> speakers = new LinkedHashMap<>();
    String[] lines = context.text().split("\n", -1);
    if (!lines[0].equals("CHAT")) {
      throw context.fail(1, 1, "the line CHAT", lines[0]);
    }
    for (int i = 1; i < lines.length; i++) {
      int arrow = lines[i].indexOf("> ");
      if (arrow <= 0) {
        if (!lines[i].isBlank()) {
          context.warn("chat-line", "expected name> text, found \"" + lines[i] + "\"", i + 1, 1, lines[i]);
        }
        continue;
      }
      Speaker speaker = speakers.computeIfAbsent(lines[i].substring(0, arrow), Speaker::of);
      episode.addSegment(Segment.builder().speaker(speaker).text(lines[i].substring(arrow + 2))
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
    out.write("CHAT\n");
    for (Segment s : episode.segments().speech()) {
      out.write(s.speaker().map(Speaker::id).orElse("someone") + "> " + s.text() + "\n");
    }
  }

  public static void main(String[] args) {
    System.out.println("discovered: " + Colloquy.registry().find("chat-log").isPresent());
    Episode ep = Colloquy.parse("CHAT\nada> Hello.\nbob> Hi, Ada.\nnonsense\n");
    System.out.println(ep + " diagnostics: " + ep.diagnostics());
    System.out.print(Colloquy.write(ep, "chat-log"));
  }
}
