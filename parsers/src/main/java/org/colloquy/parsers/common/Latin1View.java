package org.colloquy.parsers.common;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.colloquy.format.ReadContext;

/**
 * A text's characters one byte each at the same indexes: Latin-1 characters as themselves, any other as
 * {@code '?'}. Line ends, blanks, digits and markup read the same in it as in the text, so a reader can test its
 * structure on an array, where {@link String#charAt} costs several times as much per character. Free for ASCII
 * text, whose UTF-8 is exactly that. <b>Internal.</b>
 */
public final class Latin1View {

  private Latin1View() {}

  /** The view of {@code context.text()}. */
  public static byte[] of(ReadContext context) {
    String text = context.text();
    byte[] utf8 = context.textUtf8();
    // UTF-8 takes more bytes than characters exactly when some character is not ASCII.
    return utf8.length == text.length() ? utf8 : of(text);
  }

  /** The view of {@code text}. */
  public static byte[] of(String text) {
    // Not String.getBytes(ISO_8859_1): it writes one '?' for a surrogate pair, which would shift every index after.
    int n = text.length();
    byte[] view = new byte[n];
    char[] chunk = new char[Math.min(n, 8192)];
    for (int from = 0; from < n; from += chunk.length) {
      int count = Math.min(chunk.length, n - from);
      text.getChars(from, from + count, chunk, 0);
      for (int i = 0; i < count; i++) {
        char c = chunk[i];
        view[from + i] = c < 0x100 ? (byte) c : (byte) '?';
      }
    }
    return view;
  }

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;

  /**
   * The first index of the byte {@code b} in {@code view[from, to)}, or -1; eight bytes at a time, as
   * {@link String#indexOf(int)} does it for a String, so that a reader of bytes need not make one to search it.
   */
  public static int indexOf(byte[] view, byte b, int from, int to) {
    long pattern = (b & 0xFF) * ONES;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      // The lowest flagged byte is exact: a false flag needs a borrow from a true zero below it.
      long zeros = zeros((long) LONGS.get(view, i) ^ pattern);
      if (zeros != 0) {
        return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
      }
    }
    if (i < to && to - from >= 8) {
      // The last eight bytes, overlapping ones without a match.
      long zeros = zeros((long) LONGS.get(view, to - 8) ^ pattern);
      return zeros == 0 ? -1 : to - 8 + (Long.numberOfTrailingZeros(zeros) >>> 3);
    }
    for (; i < to; i++) {
      if (view[i] == b) {
        return i;
      }
    }
    return -1;
  }

  /** The first index of either byte {@code a} or {@code b} in {@code view[from, to)}, or -1; as {@link #indexOf}. */
  public static int indexOfEither(byte[] view, byte a, byte b, int from, int to) {
    long patternA = (a & 0xFF) * ONES;
    long patternB = (b & 0xFF) * ONES;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long w = (long) LONGS.get(view, i);
      long zeros = zeros(w ^ patternA) | zeros(w ^ patternB);
      if (zeros != 0) {
        return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
      }
    }
    if (i < to && to - from >= 8) {
      long w = (long) LONGS.get(view, to - 8);
      long zeros = zeros(w ^ patternA) | zeros(w ^ patternB);
      return zeros == 0 ? -1 : to - 8 + (Long.numberOfTrailingZeros(zeros) >>> 3);
    }
    for (; i < to; i++) {
      if (view[i] == a || view[i] == b) {
        return i;
      }
    }
    return -1;
  }

  /** The high bit of each byte of {@code x} that is zero, and maybe of bytes above one; the lowest is exact. */
  private static long zeros(long x) {
    return (x - ONES) & ~x & HIGH_BITS;
  }
}
