package org.colloquy.parsers.common;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.model.Word;

/** Test fixtures of the caption formats, and the golden rendering of what was read from them. */
public final class CaptionFixtures {

  private CaptionFixtures() {}

  /** A fixture's text, from {@code src/test/resources}. */
  public static String text(String resource) {
    try (InputStream in = CaptionFixtures.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + resource);
      }
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fixtures of a folder whose names start with {@code prefix}, sorted. */
  public static List<String> names(String folder, String prefix) {
    URL url = CaptionFixtures.class.getResource("/" + folder);
    if (url == null) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith(prefix) && !n.endsWith(".expected"))
          .sorted()
          .map(n -> folder + "/" + n)
          .collect(Collectors.toList());
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * One line per segment — times, kind or speaker, id, text, attributes, timed words — then the speakers and
   * the metadata: what a golden file holds.
   */
  public static String render(Episode episode) {
    StringBuilder out = new StringBuilder();
    for (Segment s : episode.segments()) {
      out.append(s.start().map(d -> d.toMillis() + "").orElse("-")).append(" --> ")
          .append(s.end().map(d -> d.toMillis() + "").orElse("-")).append(" | ")
          .append(s.isSpeech() ? s.speaker().map(sp -> sp.id()).orElse("(nobody)") : s.kind().toString())
          .append(" | ").append(s.id().orElse("")).append(" | ").append(s.text());
      if (!s.attributes().isEmpty()) {
        out.append(" | ").append(s.attributes());
      }
      if (!s.words().isEmpty()) {
        out.append(" | words ").append(s.words().stream().map(CaptionFixtures::word)
            .collect(Collectors.joining(" ")));
      }
      out.append('\n');
    }
    out.append("speakers: ").append(episode.speakers().stream().map(sp -> sp.id())
        .collect(Collectors.joining(", "))).append('\n');
    episode.language().ifPresent(l -> out.append("language: ").append(l).append('\n'));
    episode.metadata().forEach((k, v) -> out.append(k).append(": ").append(v.replace("\n", "\\n")).append('\n'));
    return out.toString();
  }

  private static String word(Word w) {
    return w.text() + "@" + w.start().map(d -> d.toMillis() + "").orElse("-") + "-"
        + w.end().map(d -> d.toMillis() + "").orElse("-");
  }
}
