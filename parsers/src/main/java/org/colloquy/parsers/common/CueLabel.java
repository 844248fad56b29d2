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
    int n = text.length();
    int i = skipBlanks(text, 0, n);
    if (text.startsWith(">>", i)) {
      i = skipBlanks(text, i + 2, n);
    } else if (i + 1 < n && (text.charAt(i) == '-' || text.charAt(i) == '\u2013') && isBlank(text.charAt(i + 1))) {
      i = skipBlanks(text, i + 1, n);
    }
    if (i >= n) {
      return null;
    }
    char first = text.charAt(i);
    if (first == '[' || first == '(') {
      int end = text.indexOf(first == '[' ? ']' : ')', i + 1);
      if (end < 0 || end - i > SpeakerLabels.MAX_LENGTH + 2) {
        return null;
      }
      String name = text.substring(i + 1, end).strip();
      int after = end + 1;
      boolean colon = after < n && (text.charAt(after) == ':' || text.charAt(after) == '\uFF1A');
      if (colon) {
        after++;
      }
      // "[Music]" or "(laughs)" alone describe a sound; a colon, or a diarisation id, makes a label.
      boolean label = colon || name.regionMatches(true, 0, "SPEAKER_", 0, 8);
      if (!label || name.isEmpty() || name.indexOf('\n') >= 0 || after < n && !isBlank(text.charAt(after))) {
        return null;
      }
      return new Candidate(name, skipBlanks(text, after, n), true);
    }
    int limit = Math.min(n, i + SpeakerLabels.MAX_LENGTH + 1);
    for (int j = i; j < limit; j++) {
      char c = text.charAt(j);
      if (c == ':' || c == '\uFF1A') {
        if (j == i || j + 1 < n && !isBlank(text.charAt(j + 1))) {
          return null;
        }
        String name = text.substring(i, j).strip();
        return name.isEmpty() ? null : new Candidate(name, skipBlanks(text, j + 1, n), false);
      }
      if (c == '\n' || c == '<' || c == '>' || c == '"' || c == '(' || c == '[') {
        return null;
      }
    }
    return null;
  }

  private static int skipBlanks(String s, int i, int n) {
    while (i < n && isBlank(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\n';
  }
}
