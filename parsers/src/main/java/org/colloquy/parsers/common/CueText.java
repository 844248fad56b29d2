package org.colloquy.parsers.common;

/**
 * Caption text as the model keeps it: on one line, blanks collapsed to single spaces, no leading or trailing
 * blank. Returns a plain substring when the text is already so, as most cue lines are. <b>Internal.</b>
 */
public final class CueText {

  private char[] buffer = new char[256];

  /** A cleaner with its own buffer, reused from one cue to the next; not thread-safe. */
  public CueText() {}

  /** Whether {@code c} counts as a blank in caption text. */
  public static boolean isBlank(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r' || c == '\u00A0';
  }

  /** {@code s[from, to)} cleaned. */
  public String clean(String s, int from, int to) {
    while (from < to && isBlank(s.charAt(from))) {
      from++;
    }
    while (to > from && isBlank(s.charAt(to - 1))) {
      to--;
    }
    boolean clean = true;
    for (int i = from; i < to && clean; i++) {
      char c = s.charAt(i);
      if (c != ' ' && isBlank(c) || c == ' ' && s.charAt(i + 1) == ' ') {
        clean = false;
      }
    }
    if (clean) {
      return s.substring(from, to);
    }
    if (buffer.length < to - from) {
      buffer = new char[Math.max(to - from, buffer.length * 2)];
    }
    char[] out = buffer;
    int n = 0;
    boolean space = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (isBlank(c)) {
        space = true;
      } else {
        if (space) {
          out[n++] = ' ';
          space = false;
        }
        out[n++] = c;
      }
    }
    return new String(out, 0, n);
  }
}
