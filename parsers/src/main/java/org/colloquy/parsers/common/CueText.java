package org.colloquy.parsers.common;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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
    while (from < to && isBlank(s.charAt(from))) {
      from++;
    }
    while (to > from && isBlank(s.charAt(to - 1))) {
      to--;
    }
    return isClean(s, from, to) ? s.substring(from, to) : collapse(s, from, to);
  }

  /**
   * The text {@code [from, to)} of {@code source} cleaned, copying only what it keeps; its view answers whether
   * anything needs cleaning several times faster than the characters would.
   */
  public String clean(ViewedText source, int from, int to) {
    byte[] view = source.view();
    while (from < to && isBlank(view[from])) {
      from++;
    }
    while (to > from && isBlank(view[to - 1])) {
      to--;
    }
    return isClean(view, from, to) ? source.substring(from, to) : collapse(source.chars(), from, to);
  }

  /** {@link #isBlank(char)} of a view's byte: the same, the blanks being Latin-1. */
  private static boolean isBlank(byte b) {
    return b == ' ' || b == '\n' || b == '\t' || b == '\f' || b == '\r' || b == (byte) 0xA0;
  }

  /** {@code s[from, to)}, which neither starts nor ends with a blank, with each run of blanks as one space. */
  private String collapse(CharSequence s, int from, int to) {
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
    return scan(view, from, to, 0, 0);
  }

  /** {@link #isClean(byte[], int, int)}, and no {@code <} or <code>{</code> that could start markup. */
  public static boolean isPlain(byte[] view, int from, int to) {
    return scan(view, from, to, '<', '{');
  }

  /** {@link #isClean(byte[], int, int)}, and neither the character {@code a} nor {@code b} (both below U+0100). */
  public static boolean isCleanWithout(byte[] view, int from, int to, char a, char b) {
    return scan(view, from, to, a, b);
  }

  private static final VarHandle LITTLE_ENDIAN_LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long LOW_SEVEN = 0x7F7F7F7F7F7F7F7FL;
  private static final long HIGH_BITS = 0x8080808080808080L;

  /**
   * Eight bytes at a time, with no branch but the loop's: spaces come every few characters, and a branch on each
   * would often be mispredicted. A range's last bytes are read as the eight that end it, overlapping bytes already
   * seen, which no test here minds. A NUL for {@code a} or {@code b} adds nothing: it is a control character.
   */
  private static boolean scan(byte[] view, int from, int to, int a, int b) {
    if (to - from < 8) {
      return scanShort(view, from, to, a, b);
    }
    long wordA = (a & 0xFF) * ONES;
    long wordB = (b & 0xFF) * ONES;
    long bad = 0;
    long spaceBefore = 0;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long w = (long) LITTLE_ENDIAN_LONG.get(view, i);
      long spaces = zeros(w ^ 0x2020202020202020L);
      bad |= unclean(w, wordA, wordB) | spaces & (spaces << 8 | spaceBefore);
      spaceBefore = spaces >>> 56;
    }
    if (i < to) {
      long w = (long) LITTLE_ENDIAN_LONG.get(view, to - 8);
      long spaces = zeros(w ^ 0x2020202020202020L);
      bad |= unclean(w, wordA, wordB) | spaces & spaces << 8;
    }
    return bad == 0;
  }

  /**
   * Non-zero when some byte of {@code w} is below 0x20, is 0xA0, or is a byte of {@code wordA} or {@code wordB}.
   * Each test may also flag the byte above one it rightly flags, never one alone.
   */
  private static long unclean(long w, long wordA, long wordB) {
    return (w - 0x2020202020202020L) & ~w & HIGH_BITS | anyZero(w ^ 0xA0A0A0A0A0A0A0A0L) | anyZero(w ^ wordA)
        | anyZero(w ^ wordB);
  }

  private static boolean scanShort(byte[] view, int from, int to, int a, int b) {
    int previous = 0;
    for (int i = from; i < to; i++) {
      int c = view[i] & 0xFF;
      if (c < ' ' || c == 0xA0 || c == a || c == b || c == ' ' && previous == ' ') {
        return false;
      }
      previous = c;
    }
    return true;
  }

  /** Non-zero exactly when some byte of {@code w} is zero. */
  private static long anyZero(long w) {
    return (w - ONES) & ~w & HIGH_BITS;
  }

  /** The high bit of each byte of {@code w} that is zero, and no other bit. */
  private static long zeros(long w) {
    return ~((w & LOW_SEVEN) + LOW_SEVEN | w | LOW_SEVEN);
  }
}
