package org.colloquy.format;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * One pass over a source's bytes that tells whether they are ASCII, and whether they hold carriage returns or other
 * control characters: what {@link ReadContext} must know before it may use the bytes as the text. One pass, where
 * the JDK's decoder and a search for each character would take several over input too large for the cache.
 */
final class AsciiScan {

  /** Some byte has its high bit set. */
  static final int NOT_ASCII = 1;
  /** Some byte is a carriage return. */
  static final int CARRIAGE_RETURN = 2;
  /** Some byte is a C0 control character other than tab, line feed and carriage return. */
  static final int CONTROL = 4;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_SEVEN = 0x7F7F7F7F7F7F7F7FL;

  private AsciiScan() {}

  /** What {@code bytes[from, to)} hold: {@link #NOT_ASCII}, {@link #CARRIAGE_RETURN}, {@link #CONTROL} or'd. */
  static int scan(byte[] bytes, int from, int to) {
    long high = 0;
    long returns = 0;
    long controls = 0;
    int i = from;
    // Eight bytes at a time. Each mask below is exact for a word of ASCII bytes, where no byte's sum can carry
    // into the next; a word with a high bit set makes the whole answer NOT_ASCII, so its other masks do not matter.
    for (; i + 8 <= to; i += 8) {
      long w = (long) LONGS.get(bytes, i);
      high |= w;
      long below = ~(w + 0x6060606060606060L);
      long notReturn = (w ^ 0x0D0D0D0D0D0D0D0DL) + LOW_SEVEN;
      long notNewline = (w ^ 0x0A0A0A0A0A0A0A0AL) + LOW_SEVEN;
      long notTab = (w ^ 0x0909090909090909L) + LOW_SEVEN;
      returns |= ~notReturn;
      controls |= below & notReturn & notNewline & notTab;
    }
    int found = ((high & HIGH_BITS) != 0 ? NOT_ASCII : 0) | ((returns & HIGH_BITS) != 0 ? CARRIAGE_RETURN : 0)
        | ((controls & HIGH_BITS) != 0 ? CONTROL : 0);
    for (; i < to; i++) {
      int b = bytes[i];
      if (b < 0) {
        found |= NOT_ASCII;
      } else if (b == '\r') {
        found |= CARRIAGE_RETURN;
      } else if (b < ' ' && b != '\n' && b != '\t') {
        found |= CONTROL;
      }
    }
    return found;
  }

  /** The bytes with CRLF and CR as LF: a new array, or the same one cut short. */
  static byte[] normalizeLineEnds(byte[] bytes) {
    int n = 0;
    for (int i = 0; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b == '\r') {
        b = '\n';
        if (i + 1 < bytes.length && bytes[i + 1] == '\n') {
          i++;
        }
      }
      bytes[n++] = b;
    }
    return n == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, n);
  }
}
