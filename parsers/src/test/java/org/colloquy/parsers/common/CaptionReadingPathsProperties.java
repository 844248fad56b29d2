package org.colloquy.parsers.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.colloquy.format.ColloquyException;
import org.colloquy.format.FormatRegistry;
import org.colloquy.format.ReadOptions;
import org.colloquy.model.Diagnostic;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.model.Speaker;
import org.colloquy.parsers.srt.SrtFormat;
import org.colloquy.parsers.vtt.WebVttFormat;

/**
 * The caption readers read an ASCII file as bytes alone and any other as characters. Both ways must give the same
 * episode: a file whose letters {@code k} and {@code j} are replaced by a character beyond Latin-1 and one within
 * it is read the other way, and must give the same episode with the same replacement.
 */
class CaptionReadingPathsProperties {

  private static final FormatRegistry REGISTRY =
      FormatRegistry.builder().add(new WebVttFormat()).add(new SrtFormat()).build();
  private static final char FOR_K = '\u01E9';
  private static final char FOR_J = '\u00EF';

  private static Arbitrary<String> time() {
    Arbitrary<Integer> n = Arbitraries.integers().between(0, 9999);
    return Arbitraries.oneOf(
        n.map(v -> String.format(java.util.Locale.ROOT, "00:%02d:%02d.%03d", v / 600 % 60, v / 10 % 60, v % 1000)),
        n.map(v -> String.format(java.util.Locale.ROOT, "%02d:%02d.%03d", v / 600 % 60, v / 10 % 60, v % 1000)),
        n.map(v -> String.format(java.util.Locale.ROOT, "%03d:%02d:%02d,%03d", v, v % 60, v % 59, v % 1000)),
        Arbitraries.of("0:1.5", "00:00:01", "-00:00:01,000", "00:61:00.000", "1:02:03.4"));
  }

  private static Arbitrary<String> payload() {
    Arbitrary<String> word = Arbitraries.of("kick", "jump", "ok", "joke", "Jack", "&amp;", "&lt;", "<i>", "</i>",
        "<b>jo</b>", "<00:00:01.000>", "<c>k</c>", "{\\i1}", "[laughs]", "(music)", "-->", "--", "-", ">", "  ",
        "\t", "\u00a0", "1", "00:00:02.000");
    Arbitrary<String> text = word.list().ofMinSize(1).ofMaxSize(8).map(w -> String.join(" ", w));
    Arbitrary<String> head = Arbitraries.of("", "", "<v Kate>", "<v.loud Jo>", "<v Kate Jakes>", "<v>", "Kate: ",
        "JACK: ", "[Jo]: ", "<v Kate  Jakes>", "- ");
    Arbitrary<String> tail = Arbitraries.of("", "", "</v>", "\nand more", "\n", "\n\njunk", "\n<v Jo>k");
    return Combinators.combine(head, text, tail).as((h, t, e) -> h + t + e);
  }

  private static Arbitrary<String> block(boolean vtt) {
    Arbitrary<String> id = vtt ? Arbitraries.of("", "", "Kate\n", "c1\n", "NOTE\n", "STYLE\n")
        : Arbitraries.of("1\n", "2\n", "", "x\n", "007\n");
    Arbitrary<String> arrow = Arbitraries.of(" --> ", " --> ", "-->", " - > ", " --> junk ");
    Arbitrary<String> settings = vtt ? Arbitraries.of("", "", " align:start", " line:0 size:50%", " kick:jump")
        : Arbitraries.of("", "", " X1:40 X2:600");
    return Combinators.combine(id, time(), arrow, time(), settings, payload())
        .as((i, a, r, b, s, p) -> i + a + r + b + s + "\n" + p + "\n");
  }

  @Provide
  Arbitrary<String> vttFiles() {
    return Combinators.combine(Arbitraries.of("WEBVTT\n\n", "WEBVTT kick\nKind: captions\n\n", "WEBVTT\n"),
        block(true).list().ofMaxSize(12), Arbitraries.of("\n", "\n\n", "")).as((h, b, g) -> h + String.join(g, b));
  }

  @Provide
  Arbitrary<String> srtFiles() {
    return Combinators.combine(block(false).list().ofMaxSize(12), Arbitraries.of("\n", "\n\n", ""))
        .as((b, g) -> String.join(g, b));
  }

  @Property(tries = 400)
  void webVttReadsTheSameAsBytesAndAsCharacters(@ForAll("vttFiles") String file) {
    assertSameBothWays(file, "vtt");
  }

  @Property(tries = 400)
  void subRipReadsTheSameAsBytesAndAsCharacters(@ForAll("srtFiles") String file) {
    assertSameBothWays(file, "srt");
  }

  private static void assertSameBothWays(String file, String format) {
    String ascii = file.replace('\u00a0', ' ');
    String beyond = ascii.replace('k', FOR_K).replace('j', FOR_J);
    for (ReadOptions options : List.of(ReadOptions.defaults(), ReadOptions.strictDefaults())) {
      assertThat(dump(beyond, format, options).replace(FOR_K, 'k').replace(FOR_J, 'j'))
          .as(ascii).isEqualTo(dump(ascii, format, options));
    }
  }

  private static String dump(String file, String format, ReadOptions options) {
    StringBuilder out = new StringBuilder();
    try {
      Episode episode = REGISTRY.read(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), "f",
          format, options);
      for (Segment s : episode.segments()) {
        out.append(s.speaker().map(Speaker::id).orElse("-")).append(' ').append(s.kind()).append(' ')
            .append(s.start()).append(' ').append(s.end()).append(' ').append(s.id()).append(' ')
            .append(s.source()).append(' ').append(s.attributes()).append(' ').append(s.words()).append(" |")
            .append(s.text()).append("|\n");
      }
      for (Diagnostic d : episode.diagnostics()) {
        out.append(d).append('\n');
      }
      out.append(episode.metadata());
    } catch (ColloquyException e) {
      out.append("failed: ").append(e.getMessage());
    }
    return out.toString();
  }
}
