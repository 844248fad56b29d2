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
    return scan(view, from, to, false);
  }

  /** {@link #isClean(byte[], int, int)}, and no {@code <} or <code>{</code> that could start markup. */
  public static boolean isPlain(byte[] view, int from, int to) {
    return scan(view, from, to, true);
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

  private static final VarHandle LITTLE_ENDIAN_LONG =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long LOW_SEVEN = 0x7F7F7F7F7F7F7F7FL;
  private static final long HIGH_BITS = 0x8080808080808080L;

  /**
   * Eight bytes at a time, then one table look-up per byte: spaces come every few characters, and a branch on
   * each would often be mispredicted.
   */
  private static boolean scan(byte[] view, int from, int to, boolean markup) {
    int i = from;
    long spaceBefore = 0;
    for (; i + 8 <= to; i += 8) {
      long w = (long) LITTLE_ENDIAN_LONG.get(view, i);
      // Any byte below 0x20; any 0xA0; the high bit of exactly each space byte.
      long bad = (w - 0x2020202020202020L) & ~w & HIGH_BITS;
      bad |= anyZero(w ^ 0xA0A0A0A0A0A0A0A0L);
      long spaces = zeros(w ^ 0x2020202020202020L);
      bad |= spaces & (spaces << 8 | spaceBefore);
      if (markup) {
        bad |= anyZero(w ^ 0x3C3C3C3C3C3C3C3CL) | anyZero(w ^ 0x7B7B7B7B7B7B7B7BL);
      }
      if (bad != 0) {
        return false;
      }
      spaceBefore = spaces >>> 56;
    }
    byte[] table = markup ? UNPLAIN : UNCLEAN;
    int marked = 0;
    int doubled = 0;
    int previous = i > from ? view[i - 1] & 0xFF : 0;
    for (; i < to; i++) {
      int b = view[i] & 0xFF;
      marked |= table[b];
      doubled |= (b ^ ' ' | previous ^ ' ') == 0 ? 1 : 0;
      previous = b;
    }
    return (marked | doubled) == 0;
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
