package org.colloquy.parsers.common;

import java.util.Locale;
import org.colloquy.model.Segment;

/**
 * Tells a caption that describes a sound ({@code [Music]}, {@code (applause)}, {@code ♪ … ♪}) from speech, and
 * writes non-speech back so that it reads the same way. Internal.
 */
public final class CueKinds {

  private CueKinds() {}

  /** {@link Segment.Kind#MUSIC} or {@link Segment.Kind#SOUND} for a bracketed description, else speech. */
  public static Segment.Kind of(String text) {
    int n = text.length();
    if (n < 2) {
      return Segment.Kind.SPEECH;
    }
    char first = text.charAt(0);
    char last = text.charAt(n - 1);
    boolean notes = first == '\u266A' || first == '\u266B';
    boolean bracketed = first == '[' && last == ']' && text.indexOf(']') == n - 1
        || first == '(' && last == ')' && text.indexOf(')') == n - 1;
    if (!notes && !bracketed) {
      return Segment.Kind.SPEECH;
    }
    if (notes || text.toLowerCase(Locale.ROOT).contains("music")) {
      return Segment.Kind.MUSIC;
    }
    return Segment.Kind.SOUND;
  }

  /** The text to write for a segment, bracketed when it is not speech but would otherwise read as speech. */
  public static String textToWrite(Segment segment) {
    String text = segment.text().strip();
    if (!segment.isSpeech() && !text.isEmpty() && of(text) == Segment.Kind.SPEECH) {
      return "[" + text.replace(']', ')').replace('[', '(') + "]";
    }
    return text;
  }
}
