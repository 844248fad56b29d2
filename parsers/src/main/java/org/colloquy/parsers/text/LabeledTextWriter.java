package org.colloquy.parsers.text;

import java.io.IOException;
import java.io.Writer;
import org.colloquy.model.Episode;
import org.colloquy.model.Reference;
import org.colloquy.model.Segment;
import org.colloquy.parsers.common.Timecodes;

/**
 * Writes the {@code [HH:MM:SS] Name: text} layout, one segment per line and a blank line between segments, so
 * that reading it back gives the same speakers, times (to the second) and text. A segment without a start omits
 * the time; one without a speaker omits the label; non-speech is written as a bracketed marker
 * ({@code [MUSIC INTERLUDE]}, or {@code [MUSIC: Built my house]} when the text alone would not say its kind); links
 * follow their segment, one per line.
 */
final class LabeledTextWriter {

  private LabeledTextWriter() {}

  static void write(Episode episode, Writer out) throws IOException {
    boolean first = true;
    for (Segment segment : episode.segments()) {
      if (!first) {
        out.write('\n');
      }
      first = false;
      StringBuilder line = new StringBuilder(segment.text().length() + 32);
      segment.start().ifPresent(start -> line.append('[').append(Timecodes.format(start)).append("] "));
      String text = oneLine(segment.text());
      if (segment.isSpeech()) {
        // Untimed, a plain "Name:" that occurs once would not count as a label; brackets mark it as one.
        boolean bracket = segment.start().isEmpty();
        segment.speaker().ifPresent(sp -> line.append(bracket ? "[" : "").append(label(sp.id()))
            .append(bracket ? "]: " : ": "));
        line.append(text);
      } else {
        String body = text.replace('[', '(').replace(']', ')');
        boolean saysItsKind = !body.isEmpty() && body.indexOf(':') < 0
            && LineHead.classify(body, false) == segment.kind();
        line.append('[').append(saysItsKind ? body : segment.kind().name() + (body.isEmpty() ? "" : ": " + body))
            .append(']');
      }
      out.write(line.toString().stripTrailing());
      out.write('\n');
      for (Reference reference : segment.references()) {
        if (reference.kind() == Reference.Kind.URL && reference.value().indexOf(' ') < 0) {
          out.write(reference.value());
          out.write('\n');
        }
      }
    }
  }

  /** A label the reader takes back: no colons or brackets, blanks collapsed. */
  private static String label(String id) {
    String cleaned = LineHead.collapse(id.replace(':', ' ').replace('[', '(').replace(']', ')').replace('\n', ' '));
    return cleaned.isEmpty() ? "?" : cleaned;
  }

  private static String oneLine(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean blank = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        blank = out.length() > 0;
      } else {
        if (blank) {
          out.append(' ');
          blank = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
