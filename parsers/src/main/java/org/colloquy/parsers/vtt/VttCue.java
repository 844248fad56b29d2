package org.colloquy.parsers.vtt;

import java.util.LinkedHashMap;
import java.util.Map;
import org.colloquy.parsers.common.ViewedText;
import org.jspecify.annotations.Nullable;

/**
 * A cue as the WebVTT parsing algorithm builds it: identifier, times in seconds, raw payload, and every cue
 * setting with the spec's default (the attributes of an HTML {@code VTTCue}). {@link Double#NaN} stands for
 * {@code auto}.
 */
final class VttCue {
  private static final ViewedText EMPTY = ViewedText.of("");

  String id = "";
  double startTime;
  double endTime;
  /** The payload is {@code source[textFrom, textTo)}; {@link #text()} copies it out only when asked. */
  ViewedText source = EMPTY;
  int textFrom;
  int textTo;
  private @Nullable String text;
  String vertical = "";
  double line = Double.NaN;
  boolean snapToLines = true;
  String lineAlign = "start";
  double position = Double.NaN;
  String positionAlign = "auto";
  double size = 100;
  String align = "center";
  @Nullable VttRegion region;
  /** The 1-based line of the timing line, and of the identifier when there is one. */
  int timingLine;
  int idLine;
  /** Milliseconds of the times, as the model keeps them. */
  long startMillis;
  long endMillis;
  /** The settings that took effect, by name, with their values as written; null when there were none. */
  @Nullable Map<String, String> kept;

  /** The raw payload, as an HTML {@code VTTCue}'s {@code text}. */
  String text() {
    String t = text;
    if (t == null) {
      t = source.substring(textFrom, textTo);
      text = t;
    }
    return t;
  }

  void keep(String name, String value) {
    if (kept == null) {
      kept = new LinkedHashMap<>(4);
    }
    kept.put(name, value);
  }
}
