package org.colloquy.parsers.vtt;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
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
import org.jspecify.annotations.Nullable;

/** Writes an episode as WebVTT that the strict reader accepts without a diagnostic. */
final class VttWriter {

  private static final List<String> SETTINGS = List.of("vertical", "line", "position", "size", "align", "region");

  private final boolean changeOnly;
  private final int maxLineLength;
  private final int maxLines;
  private final long maxCueMillis;

  VttWriter(WriteOptions options) {
    this.changeOnly = options.getBoolean("speakerOnChangeOnly", false);
    this.maxLineLength = options.getInt("maxLineLength", 42);
    this.maxLines = options.getInt("maxLines", 2);
    this.maxCueMillis = options.getInt("maxCueSeconds", 7) * 1000L;
  }

  void write(Episode episode, Writer out) throws IOException {
    StringBuilder b = new StringBuilder(256);
    b.append("WEBVTT");
    String header = episode.metadata().get("vtt.header");
    if (header != null && isHeaderSafe(header)) {
      b.append('\n').append(header);
    } else if (episode.language().isPresent() && isHeaderSafe(episode.language().get())) {
      b.append("\nLanguage: ").append(episode.language().get());
    }
    b.append("\n\n");
    for (Map.Entry<String, String> entry : episode.metadata().entrySet()) {
      String key = entry.getKey();
      String value = entry.getValue();
      if (key.startsWith("vtt.style.") && isBlockSafe(value)) {
        b.append("STYLE\n").append(value).append("\n\n");
      } else if (key.startsWith("vtt.region.") && isBlockSafe(value)) {
        b.append("REGION\n").append(value).append("\n\n");
      }
    }
    out.write(b.toString());
    List<Segment> segments = episode.segments();
    CueTimeline times = CueTimeline.of(segments);
    Speaker written = null;
    boolean first = true;
    for (int i = 0; i < segments.size(); i++) {
      Segment segment = segments.get(i);
      String text = CueKinds.textToWrite(segment);
      if (text.isEmpty()) {
        continue;
      }
      List<CueLayout.Cue> cues = segment.isSpeech()
          ? CueLayout.split(text, times.start(i), times.end(i), maxLineLength, maxLines, maxCueMillis)
          : CueLayout.split(text, times.start(i), times.end(i), maxLineLength, Integer.MAX_VALUE, 0);
      Speaker speaker = segment.isSpeech() ? segment.speaker().orElse(null) : null;
      for (int c = 0; c < cues.size(); c++) {
        CueLayout.Cue cue = cues.get(c);
        b.setLength(0);
        String id = c == 0 ? segment.id().filter(VttWriter::isIdSafe).orElse(null) : null;
        if (id != null) {
          b.append(id).append('\n');
        }
        CueTime.format(b, cue.start(), '.').append(" --> ");
        CueTime.format(b, cue.end(), '.');
        for (String setting : SETTINGS) {
          String value = segment.attributes().get(setting);
          if (value != null && isSettingSafe(value)
              && (!setting.equals("region") || episode.metadata().containsKey("vtt.region." + value))) {
            b.append(' ').append(setting).append(':').append(value);
          }
        }
        b.append('\n');
        String cueText = String.join("\n", cue.lines());
        if (segment.isSpeech()) {
          boolean needed = !changeOnly || first || !Objects.equals(speaker, written)
              || CueLabel.find(cueText) != null || id != null && SpeakerLabels.isNameShaped(id, false)
              || speaker != null && CueKinds.of(cueText) != Segment.Kind.SPEECH;
          if (needed && (speaker != null || written != null || CueLabel.find(cueText) != null
              || id != null && SpeakerLabels.isNameShaped(id, false))) {
            b.append("<v");
            if (speaker != null) {
              b.append(' ');
              escape(b, speaker.displayName().replace('\n', ' '));
            }
            b.append('>');
          }
          written = speaker;
          first = false;
        }
        escape(b, cueText);
        b.append("\n\n");
        out.write(b.toString());
      }
    }
  }

  private static void escape(StringBuilder b, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        default -> b.append(c);
      }
    }
  }

  private static boolean isIdSafe(String id) {
    return !id.isBlank() && id.indexOf('\n') < 0 && !id.contains("-->");
  }

  private static boolean isHeaderSafe(@Nullable String text) {
    return text != null && !text.contains("-->") && !text.contains("\n\n") && !text.startsWith("\n");
  }

  private static boolean isBlockSafe(String text) {
    return !text.isBlank() && !text.contains("-->") && !text.contains("\n\n");
  }

  private static boolean isSettingSafe(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isWhitespace(value.charAt(i))) {
        return false;
      }
    }
    return !value.isEmpty();
  }
}
