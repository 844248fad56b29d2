package org.colloquy.parsers.common;

import org.jspecify.annotations.Nullable;

/**
 * Where a speaker label may stand at the start of a caption cue's text — {@code Name: …} (Zoom, hand-made SRT),
 * {@code [Name]: …} and {@code [SPEAKER_00] …} (WhisperX), after a {@code >> } (broadcast captions) or a
 * dialogue dash — as a candidate for {@link SpeakerLabels} to judge. This class only reads the shape; whether a
 * candidate is a speaker is decided by {@link SpeakerLabels}' evidence rules. <b>Internal.</b>
 */
public final class CueLabel {

  private CueLabel() {}

  /**
   * A candidate label.
   *
   * @param name the label, trimmed, without brackets or colon
   * @param textStart where the spoken text begins, after the label and the blanks that follow it
   * @param bracketed whether the label was in brackets
   */
  public record Candidate(String name, int textStart, boolean bracketed) {

    /**
     * How strongly the cue marks this candidate. A label at the very start of a timed cue stands next to a
     * timestamp, which {@link SpeakerLabels} counts as marked — when it is bracketed, or a capitalised name;
     * a lowercase run before a colon stays a plain prefix (and evidence that colons here are not labels).
     */
    public SpeakerLabels.Cue evidence() {
      return bracketed || SpeakerLabels.isNameShaped(name, false) ? SpeakerLabels.Cue.MARKED
          : SpeakerLabels.Cue.PLAIN;
    }
  }

  /** The candidate label at the start of {@code text}, if its shape allows one. */
  public static @Nullable Candidate find(String text) {
    int[] found = new int[4];
    if (!find(text, 0, text.length(), found)) {
      return null;
    }
    return new Candidate(text.substring(found[0], found[1]), found[2], found[3] != 0);
  }

  /**
   * Finds the candidate label at the start of {@code s[from, to)} without allocating: on success {@code found}
   * holds the name's stripped range {@code [found[0], found[1])}, where the spoken text begins ({@code found[2]}),
   * and 1 in {@code found[3]} when the label was bracketed. Indexes are into {@code s}.
   */
  public static boolean find(CharSequence s, int from, int to, int[] found) {
    int n = to;
    int i = skipBlanks(s, from, n);
    if (i + 1 < n && s.charAt(i) == '>' && s.charAt(i + 1) == '>') {
      i = skipBlanks(s, i + 2, n);
    } else if (i + 1 < n && (s.charAt(i) == '-' || s.charAt(i) == '\u2013') && isBlank(s.charAt(i + 1))) {
      i = skipBlanks(s, i + 1, n);
    }
    if (i >= n) {
      return false;
    }
    char first = s.charAt(i);
    if (first == '[' || first == '(') {
      int end = indexOf(s, first == '[' ? ']' : ')', i + 1, n);
      if (end < 0 || end - i > SpeakerLabels.MAX_LENGTH + 2) {
        return false;
      }
      int nameFrom = stripStart(s, i + 1, end);
      int nameTo = stripEnd(s, nameFrom, end);
      int after = end + 1;
      boolean colon = after < n && (s.charAt(after) == ':' || s.charAt(after) == '\uFF1A');
      if (colon) {
        after++;
      }
      // "[Music]" or "(laughs)" alone describe a sound; a colon, or a diarisation id, makes a label.
      boolean label = colon || nameTo - nameFrom >= 8 && startsWithIgnoreCase(s, nameFrom, "SPEAKER_");
      if (!label || nameFrom == nameTo || indexOf(s, '\n', nameFrom, nameTo) >= 0
          || after < n && !isBlank(s.charAt(after))) {
        return false;
      }
      return found(found, nameFrom, nameTo, skipBlanks(s, after, n), true);
    }
    int limit = Math.min(n, i + SpeakerLabels.MAX_LENGTH + 1);
    for (int j = i; j < limit; j++) {
      char c = s.charAt(j);
      if (c == ':' || c == '\uFF1A') {
        if (j == i || j + 1 < n && !isBlank(s.charAt(j + 1))) {
          return false;
        }
        int nameFrom = stripStart(s, i, j);
        int nameTo = stripEnd(s, nameFrom, j);
        return nameFrom < nameTo && found(found, nameFrom, nameTo, skipBlanks(s, j + 1, n), false);
      }
      if (c == '\n' || c == '<' || c == '>' || c == '"' || c == '(' || c == '[') {
        return false;
      }
    }
    return false;
  }

  private static boolean found(int[] found, int nameFrom, int nameTo, int textStart, boolean bracketed) {
    found[0] = nameFrom;
    found[1] = nameTo;
    found[2] = textStart;
    found[3] = bracketed ? 1 : 0;
    return true;
  }

  // As String.strip() would, without making the string: every character it strips is in the BMP.
  private static int stripStart(CharSequence s, int from, int to) {
    while (from < to && Character.isWhitespace(s.charAt(from))) {
      from++;
    }
    return from;
  }

  private static int stripEnd(CharSequence s, int from, int to) {
    while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  private static int indexOf(CharSequence s, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private static int skipBlanks(CharSequence s, int i, int n) {
    while (i < n && isBlank(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Whether {@code s} holds {@code prefix} at {@code from}, letters compared as String#regionMatches does. */
  private static boolean startsWithIgnoreCase(CharSequence s, int from, String prefix) {
    return from + prefix.length() <= s.length()
        && s.subSequence(from, from + prefix.length()).toString().regionMatches(true, 0, prefix, 0, prefix.length());
  }

  /** A blank around a label: what {@link #find} skips after one. */
  static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\n';
  }
}
