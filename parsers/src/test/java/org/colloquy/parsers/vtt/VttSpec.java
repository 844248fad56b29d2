package org.colloquy.parsers.vtt;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.colloquy.format.ReadContext;
import org.colloquy.format.ReadOptions;

/** Test access to the spec-level parser: what a browser's track would hold after loading a file. */
final class VttSpec {

  final List<VttCue> cues = new ArrayList<>();
  final List<VttRegion> regions = new ArrayList<>();
  boolean rejected;

  private VttSpec() {}

  /** Decodes the bytes as a user agent would (UTF-8, line ends, BOM, NULs) and runs the parsing algorithm. */
  static VttSpec parse(byte[] bytes) {
    String text = ReadContext.of("test.vtt", new ByteArrayInputStream(bytes), ReadOptions.defaults()).text();
    return parse(text);
  }

  static VttSpec parse(String decoded) {
    String text = decoded.replace('\u0000', '\uFFFD');
    VttSpec spec = new VttSpec();
    spec.rejected = !new VttParser(text, new VttParser.Listener() {
      @Override
      public void cue(VttCue cue) {
        spec.cues.add(cue);
      }

      @Override
      public void region(VttRegion region, int line) {
        spec.regions.add(region);
      }
    }).parse();
    return spec;
  }

  static VttSpec parseUtf8(String text) {
    return parse(text.getBytes(UTF_8));
  }

  /** The cue text's tree in the html5lib test format ({@code | <span>}, two spaces per depth). */
  static String tree(String payload) {
    StringBuilder out = new StringBuilder();
    int[] depth = {0};
    VttCueText.parse(payload, new VttCueText.Handler() {
      @Override
      public void start(int kind, List<String> classes, String annotation) {
        line(out, depth[0]).append('<').append(name(kind)).append(">\n");
        depth[0]++;
        String joined = String.join(" ", classes.stream().filter(c -> !c.isEmpty()).toList());
        if (!joined.isEmpty()) {
          line(out, depth[0]).append("class=\"").append(joined).append("\"\n");
        }
        if (kind == VttCueText.LANGUAGE) {
          line(out, depth[0]).append("lang=\"").append(annotation).append("\"\n");
        }
        if (kind == VttCueText.VOICE) {
          line(out, depth[0]).append("title=\"").append(annotation).append("\"\n");
        }
      }

      @Override
      public void end(int kind) {
        depth[0]--;
      }

      @Override
      public void text(String text) {
        line(out, depth[0]).append('"').append(text).append("\"\n");
      }

      @Override
      public void timestamp(double seconds, long millis) {
        line(out, depth[0]).append("<?timestamp ").append(String.format(Locale.ROOT, "%02d:%02d:%02d.%03d",
            millis / 3_600_000, millis / 60_000 % 60, millis / 1000 % 60, millis % 1000)).append(">\n");
      }
    });
    return out.toString();
  }

  private static StringBuilder line(StringBuilder out, int depth) {
    out.append("| ");
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
    return out;
  }

  private static String name(int kind) {
    switch (kind) {
      case VttCueText.ITALIC:
        return "i";
      case VttCueText.BOLD:
        return "b";
      case VttCueText.UNDERLINE:
        return "u";
      case VttCueText.RUBY:
        return "ruby";
      case VttCueText.RUBY_TEXT:
        return "rt";
      default:
        return "span";
    }
  }
}
