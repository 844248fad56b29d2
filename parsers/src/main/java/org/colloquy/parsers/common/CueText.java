package org.colloquy.parsers.common;

import org.jspecify.annotations.Nullable;

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
    return clean(s, null, from, to);
  }

  /**
   * {@code s[from, to)} cleaned, with {@code view} (when not null) the {@linkplain Latin1View Latin-1 view} of
   * {@code s}, which answers the question whether anything needs cleaning several times faster.
   */
  public String clean(String s, byte @Nullable [] view, int from, int to) {
    while (from < to && isBlank(s.charAt(from))) {
      from++;
    }
    while (to > from && isBlank(s.charAt(to - 1))) {
      to--;
    }
    if (view != null ? isClean(view, from, to) : isClean(s, from, to)) {
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
   * spaces.
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

  /**
   * {@link #isClean(String, int, int)} of the text whose {@linkplain Latin1View Latin-1 view} is {@code view}.
   * Every caption character passes through here: a byte array costs a comparison per character, where
   * {@link String#charAt} costs several. Stricter in one way: any control character counts as unclean, which
   * only sends such rare text the slow way through {@link #clean}, with the same result.
   */
  public static boolean isClean(byte[] view, int from, int to) {
    return scan(view, from, to, UNCLEAN);
  }

  /** {@link #isClean(byte[], int, int)}, and no {@code <} or <code>{</code> that could start markup. */
  public static boolean isPlain(byte[] view, int from, int to) {
    return scan(view, from, to, UNPLAIN);
  }

  /** 1 for every byte that makes text unclean: a blank other than the space (a doubled space is found apart). */
  private static final byte[] UNCLEAN = new byte[256];
  /** {@link #UNCLEAN}, and the bytes that may start markup. */
  private static final byte[] UNPLAIN = new byte[256];

  static {
    for (int b = 0; b < ' '; b++) {
      UNCLEAN[b] = 1;
    }
    UNCLEAN[0xA0] = 1;
    System.arraycopy(UNCLEAN, 0, UNPLAIN, 0, 256);
    UNPLAIN['<'] = 1;
    UNPLAIN['{'] = 1;
  }

  // Without a branch per character: spaces come every few characters, and a branch on them is mispredicted often.
  private static boolean scan(byte[] view, int from, int to, byte[] table) {
    int marked = 0;
    int doubled = 0;
    int previous = 0;
    for (int i = from; i < to; i++) {
      int b = view[i] & 0xFF;
      marked |= table[b];
      doubled |= (b ^ ' ' | previous ^ ' ') == 0 ? 1 : 0;
      previous = b;
    }
    return (marked | doubled) == 0;
  }
}
