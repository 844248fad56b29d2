package org.colloquy.parsers.srt;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import org.colloquy.format.WriteOptions;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.model.Speaker;
import org.colloquy.parsers.common.CueKinds;
import org.colloquy.parsers.common.CueLayout;
import org.colloquy.parsers.common.CueLabel;
import org.colloquy.parsers.common.CueTime;
import org.colloquy.parsers.common.CueTimeline;
import org.colloquy.parsers.common.SpeakerLabels;

/** Writes an episode as SubRip that the strict reader accepts without a diagnostic. */
final class SrtWriter {

  private final int maxLineLength;
  private final int maxLines;
  private final long maxCueMillis;

  SrtWriter(WriteOptions options) {
    this.maxLineLength = options.getInt("maxLineLength", 42);
    this.maxLines = options.getInt("maxLines", 2);
    this.maxCueMillis = options.getInt("maxCueSeconds", 7) * 1000L;
  }

  void write(Episode episode, Writer out) throws IOException {
    List<Segment> segments = episode.segments();
    CueTimeline times = CueTimeline.of(segments);
    StringBuilder b = new StringBuilder(256);
    Speaker written = null;
    int index = 0;
    for (int i = 0; i < segments.size(); i++) {
      Segment segment = segments.get(i);
      String text = CueKinds.textToWrite(segment);
      if (text.isEmpty()) {
        continue;
      }
      Speaker speaker = segment.isSpeech() ? segment.speaker().orElse(null) : null;
      List<CueLayout.Cue> cues = segment.isSpeech()
          ? CueLayout.split(text, times.start(i), times.end(i), maxLineLength, maxLines, maxCueMillis)
          : CueLayout.split(text, times.start(i), times.end(i), maxLineLength, Integer.MAX_VALUE, 0);
      for (int c = 0; c < cues.size(); c++) {
        CueLayout.Cue cue = cues.get(c);
        index++;
        b.setLength(0);
        String id = c == 0 ? segment.id().filter(SrtWriter::isIdSafe).orElse(null) : null;
        b.append(id != null ? id : Integer.toString(index)).append('\n');
        CueTime.format(b, cue.start(), ',').append(" --> ");
        CueTime.format(b, cue.end(), ',');
        String trailing = segment.attributes().get("trailing");
        if (trailing != null && trailing.indexOf('\n') < 0 && !trailing.isBlank()) {
          b.append(' ').append(trailing.strip());
        }
        b.append('\n');
        String cueText = String.join("\n", cue.lines());
        if (segment.isSpeech() && speaker != null
            && (!Objects.equals(speaker, written) || CueLabel.find(cueText) != null
                || CueKinds.of(cueText) != Segment.Kind.SPEECH)) {
          String name = speaker.displayName().replace('\n', ' ').strip();
          if (SpeakerLabels.isNameShaped(name, false)) {
            b.append(name).append(": ");
          } else {
            b.append('[').append(name.replace(']', ')')).append("]: ");
          }
        }
        if (segment.isSpeech()) {
          written = speaker;
        }
        b.append(cueText).append("\n\n");
        out.write(b.toString());
      }
    }
  }

  // An index line must not itself look like a timing line or be blank.
  private static boolean isIdSafe(String id) {
    return !id.isBlank() && id.indexOf('\n') < 0 && id.indexOf('>') < 0 && id.strip().equals(id);
  }
}
