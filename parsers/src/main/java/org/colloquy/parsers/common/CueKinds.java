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
    return of(text, 0, text.length());
  }

  /** {@link #of(String)} of {@code s[from, to)}. */
  public static Segment.Kind of(CharSequence s, int from, int to) {
    int n = to - from;
    if (n < 2) {
      return Segment.Kind.SPEECH;
    }
    char first = s.charAt(from);
    char last = s.charAt(to - 1);
    boolean notes = first == '\u266A' || first == '\u266B';
    boolean bracketed = first == '[' && last == ']' && indexOf(s, ']', from, to) == to - 1
        || first == '(' && last == ')' && indexOf(s, ')', from, to) == to - 1;
    if (!notes && !bracketed) {
      return Segment.Kind.SPEECH;
    }
    if (notes || s.subSequence(from, to).toString().toLowerCase(Locale.ROOT).contains("music")) {
      return Segment.Kind.MUSIC;
    }
    return Segment.Kind.SOUND;
  }

  private static int indexOf(CharSequence s, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The text to write for a segment: speech as it is; music between {@code ♪} unless it already reads as music;
   * other non-speech bracketed unless it already reads as non-speech. Written this way, a segment reads back
   * with its kind (other kinds than music read back as sounds). A writer keeps non-speech in one cue, since a
   * bracket cannot span two.
   */
  public static String textToWrite(Segment segment) {
    String text = segment.text().strip();
    if (segment.isSpeech() || text.isEmpty()) {
      return text;
    }
    Segment.Kind reads = of(text);
    if (segment.kind() == Segment.Kind.MUSIC && reads != Segment.Kind.MUSIC) {
      return "\u266A " + text.replace('\u266A', ' ').replace('\u266B', ' ').strip() + " \u266A";
    }
    if (reads == Segment.Kind.SPEECH) {
      return "[" + text.replace(']', ')').replace('[', '(') + "]";
    }
    return text;
  }
}
