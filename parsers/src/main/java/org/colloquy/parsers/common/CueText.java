package org.colloquy.parsers.common;

/**
 * Caption text as the model keeps it: on one line, blanks collapsed to single spaces, no leading or trailing
 * blank. Returns a plain substring when the text is already so, as most cue lines are. <b>Internal.</b>
 */
public final class CueText {

  /**
   * What {@link #isCleanIn} looks for: every blank but the single space, and two spaces in a row; the line ends
   * last, since a range within one line of a read's text cannot hold them.
   */
  private static final String[] UNCLEAN = {"  ", "\t", "\f", "\u00A0", "\n", "\r"};
  private static final int WITHIN_LINE = 4;

  private char[] buffer = new char[256];
  // For each of UNCLEAN, where it next occurs in scanned: none lies between scannedFrom[k] and scannedAt[k].
  private String scanned = "";
  private final int[] scannedFrom = new int[UNCLEAN.length];
  private final int[] scannedAt = new int[UNCLEAN.length];

  /** A cleaner with its own buffer, reused from one cue to the next; not thread-safe. */
  public CueText() {}

  /** Whether {@code c} counts as a blank in caption text. */
  public static boolean isBlank(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r' || c == '\u00A0';
  }

  /** {@code s[from, to)} cleaned. */
  public String clean(String s, int from, int to) {
    return clean(s, from, to, UNCLEAN.length);
  }

  /** {@link #clean} of a range within one line of a {@code ReadContext.text()}: see {@link #isAlreadyCleanLine}. */
  public String cleanLine(String s, int from, int to) {
    return clean(s, from, to, WITHIN_LINE);
  }

  private String clean(String s, int from, int to, int checks) {
    while (from < to && isBlank(s.charAt(from))) {
      from++;
    }
    while (to > from && isBlank(s.charAt(to - 1))) {
      to--;
    }
    if (to - from < 32 ? isClean(s, from, to) : isCleanIn(s, from, to, checks)) {
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

  /**
   * Whether {@code s[from, to)}, which neither starts nor ends with a blank, is clean already: no blank but single
   * spaces. Meant for successive ranges of one large text.
   */
  public boolean isAlreadyClean(String s, int from, int to) {
    return to - from < 32 ? isClean(s, from, to) : isCleanIn(s, from, to, UNCLEAN.length);
  }

  /**
   * {@link #isAlreadyClean} of a range within one line of a {@code ReadContext.text()}, which holds no carriage
   * return: the line ends need no search, which would otherwise stop at every line's end and start again.
   */
  public boolean isAlreadyCleanLine(String s, int from, int to) {
    return to - from < 32 ? isClean(s, from, to) : isCleanIn(s, from, to, WITHIN_LINE);
  }

  /**
   * {@link #isClean} by vectorised searches whose results serve the following ranges of the same text too, so
   * that a file of clean cues is scanned a few times at memory speed rather than once a character at a time.
   */
  private boolean isCleanIn(String s, int from, int to, int checks) {
    if (s != scanned) {
      scanned = s;
      java.util.Arrays.fill(scannedFrom, Integer.MAX_VALUE);
    }
    for (int k = 0; k < checks; k++) {
      int at = scannedAt[k];
      if (from < scannedFrom[k] || at < from) {
        scannedFrom[k] = from;
        at = k == 0 ? s.indexOf(UNCLEAN[0], from) : s.indexOf(UNCLEAN[k].charAt(0), from);
        at = at < 0 ? s.length() : at;
        scannedAt[k] = at;
      }
      if (at < to) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code s[from, to)}, which neither starts nor ends with a blank, is clean already: no blank but single
   * spaces. Every caption character passes through here, so the common case costs one comparison.
   */
  public static boolean isClean(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c <= ' ') {
        if (c == ' ' ? s.charAt(i + 1) == ' ' : isBlank(c)) {
          return false;
        }
      } else if (c == '\u00A0') {
        return false;
      }
    }
    return true;
  }
}
