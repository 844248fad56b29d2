package org.colloquy.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A source as UTF-8 bytes, for a format whose parser reads bytes faster than characters (Jackson's JSON parser
 * does). Made by {@link ReadContext#utf8Stream()}, it keeps the promises of {@link ReadContext#reader()}: no byte
 * order mark; UTF-16 (named by its byte order mark) arrives transcoded to UTF-8; and each malformed byte sequence
 * becomes U+FFFD (the bytes {@code EF BF BD}) — one per sequence, as {@code new String(bytes, UTF_8)} replaces
 * them — with the warning, at the same line and column, that reading characters gives, so that strict reading
 * throws the same exception. Line ends are passed on as they are: CR, LF and CRLF are all white space to JSON,
 * and a JSON parser counts lines at each of them as {@link ReadContext#reader()} does. Text already in memory
 * arrives encoded, a lone surrogate as U+FFFD.
 *
 * <p>A parser of bytes counts columns in bytes; {@link #column(long, int)} turns such a column into characters,
 * as the rest of Colloquy counts them. Not thread-safe.
 */
public final class Utf8Stream extends InputStream {

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
      ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_BITS = 0x7F7F7F7F7F7F7F7FL;
  private static final long LFS = 0x0A0A0A0A0A0A0A0AL;
  private static final long CRS = 0x0D0D0D0D0D0D0D0DL;
  private static final int BUFFER = 64 * 1024;
  /** Bytes checked at a time when all are ASCII. */
  private static final int BLOCK = 128;
  /** The most multi-byte characters remembered for {@link #column}; when full, the older half is forgotten. */
  private static final int MAX_LOG = 1 << 17;

  private InputStream in;
  private final ReadContext context;
  private boolean sniff;

  /** Bytes as read; {@code scan} is the first not yet checked, {@code limit} the end of what was read. */
  private final byte[] buffer = new byte[BUFFER];
  private int scan;
  private int limit;
  private boolean eof;

  /** Checked bytes ready to hand out: {@code buffer}'s own, or {@code repaired} when some were replaced. */
  private byte[] ready = buffer;
  private int readyFrom;
  private int readyTo;
  private byte @Nullable [] repaired;

  /** Where, in the bytes handed out, the next checked byte goes. */
  private long offset;
  private int line = 1;
  private long lineStart;
  /** {@link #extra} at {@link #lineStart}, and the same for the line before it. */
  private long lineStartExtra;
  private long previousLineStart = -1;
  private long previousLineStartExtra;
  private boolean afterCr;
  /** Bytes beyond one per UTF-16 character so far: what turns a byte count into a character count. */
  private long extra;

  /** Each multi-byte character's offset and {@link #extra} after it; older ones forgotten past the limit. */
  private long @Nullable [] logAt;
  private long @Nullable [] logExtra;
  private int logSize;
  /** {@link #extra} before the first remembered character, and the offset of the last forgotten one. */
  private long logBase;
  private long forgottenAt = -1;
  private long lastMultiByteAt = -1;

  /** A run of malformed sequences not yet reported: the bytes, and where its replacement began. */
  private @Nullable StringBuilder pending;
  private long pendingEnd;
  private int pendingLine;
  private int pendingColumn;

  Utf8Stream(InputStream in, ReadContext context, boolean sniff) {
    this.in = in;
    this.context = context;
    this.sniff = sniff;
  }

  /** A stream over text that is already characters: UTF-8, with each lone surrogate as U+FFFD. */
  static Utf8Stream encoding(Reader chars, ReadContext context) {
    return new Utf8Stream(new Encoder(chars), context, false);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] target, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (readyFrom == readyTo) {
      if (!check()) {
        return -1;
      }
    }
    int n = Math.min(len, readyTo - readyFrom);
    System.arraycopy(ready, readyFrom, target, off, n);
    readyFrom += n;
    return n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /**
   * The column, in characters, of the byte at {@code byteOffset} of this stream, which a parser found {@code
   * byteColumn} bytes (1-based) into its line; a byte inside a multi-byte character is in that character's column.
   * Exact for any place near what was read last, and for places on the line being read or the one before it;
   * elsewhere on a line of many thousands of non-ASCII characters it may count some bytes as characters.
   */
  public int column(long byteOffset, int byteColumn) {
    long lineAt = byteOffset - (byteColumn - 1);
    if (byteColumn <= 1 || lastMultiByteAt < lineAt) {
      return byteColumn;
    }
    long after = extraBefore(byteOffset);
    long before = extraBefore(lineAt);
    if (after < 0) {
      return byteColumn;
    }
    return (int) Math.max(1, byteColumn - (after - (before < 0 ? logBase : before)));
  }

  /** {@link #extra} where the scan passed {@code at}; -1 when that has been forgotten. */
  private long extraBefore(long at) {
    if (at == lineStart) {
      return lineStartExtra;
    }
    if (at == previousLineStart) {
      return previousLineStartExtra;
    }
    long[] ats = logAt;
    if (ats == null) {
      return at > forgottenAt ? logBase : -1;
    }
    int lo = 0;
    int hi = logSize - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (ats[mid] < at) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (found >= 0) {
      return logExtra[found];
    }
    return at > forgottenAt ? logBase : -1;
  }

  /** Reads and checks more bytes; false at the end of input. */
  private boolean check() throws IOException {
    if (scan == limit && eof) {
      reportPending();
      return false;
    }
    if (scan > 0) {
      // An incomplete sequence at the end of the last read waits at the start for the rest of its bytes.
      int left = limit - scan;
      System.arraycopy(buffer, scan, buffer, 0, left);
      scan = 0;
      limit = left;
    }
    fill();
    if (sniff) {
      sniff = false;
      if (!byteOrderMark()) {
        return true;
      }
    }
    checkBytes();
    return true;
  }

  private void fill() throws IOException {
    while (!eof && limit < buffer.length) {
      int n = in.read(buffer, limit, buffer.length - limit);
      if (n < 0) {
        eof = true;
      } else if (n > 0) {
        limit += n;
        // Enough to decide the first sequence, or to skip a byte order mark.
        if (limit >= 4) {
          return;
        }
      }
    }
  }

  /** Drops a UTF-8 byte order mark, or turns to transcoding on a UTF-16 one; false when the latter. */
  private boolean byteOrderMark() {
    int b0 = limit > 0 ? buffer[0] & 0xFF : -1;
    int b1 = limit > 1 ? buffer[1] & 0xFF : -1;
    int b2 = limit > 2 ? buffer[2] & 0xFF : -1;
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      scan = 3;
    } else if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE) {
      // Rare enough to take the character decoder, which knows UTF-16 and reports its faults.
      InputStream head = new ByteArrayInputStream(Arrays.copyOf(buffer, limit));
      in = new Encoder(new DecodingReader(eof ? head : new SequenceInputStream(head, in), context));
      scan = 0;
      limit = 0;
      eof = false;
      return false;
    }
    return true;
  }

  /**
   * Checks the bytes read, up to an incomplete sequence at their end, and makes them ready; a malformed sequence
   * is reported and replaced, which moves the checked bytes to {@link #repaired}.
   */
  private void checkBytes() {
    int i = scan;
    int end = limit;
    int runFrom = i;
    byte[] out = null;
    int written = 0;
    while (true) {
      int stop = valid(i, end);
      if (stop > i) {
        if (pending != null) {
          reportPending();
        }
        if (out != null) {
          System.arraycopy(buffer, i, out, written, stop - i);
          written += stop - i;
        }
        i = stop;
      }
      if (i == end) {
        break;
      }
      int bad = malformed(i, end);
      if (bad == 0) {
        break;
      }
      if (out == null) {
        out = repaired == null ? new byte[3 * BUFFER] : repaired;
        repaired = out;
        written = i - runFrom;
        System.arraycopy(buffer, runFrom, out, 0, written);
      }
      replace(i, bad);
      out[written++] = (byte) 0xEF;
      out[written++] = (byte) 0xBF;
      out[written++] = (byte) 0xBD;
      i += bad;
    }
    scan = i;
    if (out == null) {
      ready = buffer;
      readyFrom = runFrom;
      readyTo = i;
    } else {
      ready = out;
      readyFrom = 0;
      readyTo = written;
    }
  }

  /**
   * Passes over well-formed UTF-8 from {@code i}, keeping count of lines and multi-byte characters, and returns
   * where it stops: at {@code end}, or at a sequence that is malformed or not complete yet. ASCII goes eight bytes
   * at a time.
   */
  private int valid(int i, int end) {
    byte[] b = buffer;
    long base = offset - i;
    while (i < end) {
      if (i + BLOCK <= end && !afterCr) {
        // A block of ASCII without CR, checked without a branch per word: the common case.
        long flags = 0;
        int lfs = 0;
        for (int k = i; k < i + BLOCK; k += 8) {
          long w = (long) LONGS.get(b, k);
          flags |= w | ~((w ^ CRS) + LOW_BITS);
          lfs += Long.bitCount(~((w ^ LFS) + LOW_BITS) & HIGH_BITS);
        }
        if ((flags & HIGH_BITS) == 0) {
          if (lfs > 0) {
            line += lfs;
            int last = i + BLOCK - 1;
            while (b[last] != '\n') {
              last--;
            }
            newLine(base + last + 1);
          }
          i += BLOCK;
          continue;
        }
      }
      if (i + 8 <= end && !afterCr) {
        long w = (long) LONGS.get(b, i);
        if ((w & HIGH_BITS) == 0) {
          // A byte of an ASCII word is zero exactly when adding 0x7F leaves its high bit clear.
          long lf = ~((w ^ LFS) + LOW_BITS) & HIGH_BITS;
          long cr = ~((w ^ CRS) + LOW_BITS) & HIGH_BITS;
          if ((lf | cr) == 0) {
            i += 8;
            continue;
          }
          if (cr == 0) {
            line += Long.bitCount(lf);
            newLine(base + i + ((63 - Long.numberOfLeadingZeros(lf)) >>> 3) + 1);
            i += 8;
            continue;
          }
        }
      }
      int c = b[i];
      if (c >= 0) {
        if (c == '\r') {
          line++;
          newLine(base + i + 1);
          afterCr = true;
        } else if (c == '\n') {
          if (!afterCr) {
            line++;
          }
          // The LF of a CRLF was counted with its CR; the line still starts after it.
          newLine(base + i + 1);
          afterCr = false;
        } else {
          afterCr = false;
        }
        i++;
        continue;
      }
      int n = sequence(b, i, end);
      if (n <= 0) {
        break;
      }
      multiByte(base + i, n == 4 ? 2 : n - 1);
      afterCr = false;
      i += n;
    }
    offset = base + i;
    return i;
  }

  private void newLine(long at) {
    previousLineStart = lineStart;
    previousLineStartExtra = lineStartExtra;
    lineStart = at;
    lineStartExtra = extra;
  }

  private void multiByte(long at, int more) {
    extra += more;
    lastMultiByteAt = at;
    long[] ats = logAt;
    long[] extras = logExtra;
    if (ats == null || logSize == ats.length) {
      if (ats == null) {
        ats = new long[256];
        extras = new long[256];
      } else if (ats.length < MAX_LOG) {
        ats = Arrays.copyOf(ats, ats.length * 2);
        extras = Arrays.copyOf(extras, extras.length * 2);
      } else {
        int keep = logSize / 2;
        int drop = logSize - keep;
        forgottenAt = ats[drop - 1];
        logBase = extras[drop - 1];
        System.arraycopy(ats, drop, ats, 0, keep);
        System.arraycopy(extras, drop, extras, 0, keep);
        logSize = keep;
      }
      logAt = ats;
      logExtra = extras;
    }
    ats[logSize] = at;
    extras[logSize] = extra;
    logSize++;
  }

  /**
   * At a byte of 0x80 or more: the length of the well-formed sequence it starts, or 0 when it is malformed or
   * not complete yet.
   */
  private static int sequence(byte[] b, int i, int end) {
    int b1 = b[i] & 0xFF;
    int available = end - i;
    if (b1 >= 0xC2 && b1 <= 0xDF) {
      return available >= 2 && continuation(b[i + 1]) ? 2 : 0;
    }
    if ((b1 & 0xF0) == 0xE0) {
      if (available < 3) {
        return 0;
      }
      int b2 = b[i + 1] & 0xFF;
      return malformed3(b1, b2, b[i + 2]) || b1 == 0xED && b2 >= 0xA0 ? 0 : 3;
    }
    if (b1 >= 0xF0 && b1 <= 0xF4) {
      if (available < 4) {
        return 0;
      }
      int b2 = b[i + 1] & 0xFF;
      return malformed4Start(b1, b2) || !continuation(b[i + 2]) || !continuation(b[i + 3]) ? 0 : 4;
    }
    return 0;
  }

  /**
   * At a sequence {@link #sequence} refused: how many bytes the JDK's UTF-8 decoder replaces by one U+FFFD there,
   * or 0 when the input ends inside a sequence that may yet be completed. Mirrors its rules, so that a stream, a
   * reader and {@code new String(bytes, UTF_8)} replace the same bytes.
   */
  private int malformed(int i, int end) {
    byte[] b = buffer;
    int b1 = b[i] & 0xFF;
    int available = end - i;
    if (b1 >= 0xC2 && b1 <= 0xDF) {
      if (available < 2) {
        return eof ? available : 0;
      }
      return 1;
    }
    if ((b1 & 0xF0) == 0xE0) {
      if (available < 3) {
        if (available > 1 && malformed3Start(b1, b[i + 1] & 0xFF)) {
          return 1;
        }
        return eof ? available : 0;
      }
      int b2 = b[i + 1] & 0xFF;
      if (malformed3(b1, b2, b[i + 2])) {
        return malformed3Start(b1, b2) ? 1 : 2;
      }
      // A surrogate's code, which UTF-8 must not carry.
      return 3;
    }
    if ((b1 & 0xF8) == 0xF0) {
      if (available < 4) {
        if (b1 > 0xF4 || available > 1 && malformed4Start(b1, b[i + 1] & 0xFF)) {
          return 1;
        }
        if (available > 2 && !continuation(b[i + 2])) {
          return 2;
        }
        return eof ? available : 0;
      }
      if (b1 > 0xF4 || malformed4Start(b1, b[i + 1] & 0xFF)) {
        return 1;
      }
      return continuation(b[i + 2]) ? 3 : 2;
    }
    return 1;
  }

  private static boolean continuation(int b) {
    return (b & 0xC0) == 0x80;
  }

  private static boolean malformed3Start(int b1, int b2) {
    return b1 == 0xE0 && (b2 & 0xE0) == 0x80 || !continuation(b2);
  }

  private static boolean malformed3(int b1, int b2, int b3) {
    return malformed3Start(b1, b2) || !continuation(b3);
  }

  /** A four-byte lead and second byte that cannot start a code point from U+10000 to U+10FFFF. */
  private static boolean malformed4Start(int b1, int b2) {
    return b1 == 0xF0 && (b2 < 0x90 || b2 > 0xBF) || b1 == 0xF4 && (b2 & 0xF0) != 0x80 || !continuation(b2);
  }

  /**
   * Notes a malformed sequence about to be replaced. Adjacent ones (a broken multi-byte character, a run of
   * binary) make one warning, as {@link DecodingReader} gives.
   */
  private void replace(int i, int length) {
    StringBuilder run = pending;
    if (run == null || offset != pendingEnd) {
      if (run != null) {
        reportPending();
      }
      run = new StringBuilder();
      pending = run;
      pendingLine = line;
      pendingColumn = (int) (offset - lineStart - (extra - lineStartExtra)) + 1;
    }
    for (int k = 0; k < length; k++) {
      if (run.length() < 60) {
        run.append(run.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", buffer[i + k] & 0xFF));
      }
    }
    multiByte(offset, 2);
    afterCr = false;
    offset += 3;
    pendingEnd = offset;
  }

  private void reportPending() {
    StringBuilder run = pending;
    if (run == null) {
      return;
    }
    pending = null;
    String what = run.indexOf(" ") < 0 ? "byte " + run + " is" : "bytes " + run + " are";
    context.warn("invalid-encoding", what + " not valid UTF-8; replaced by U+FFFD", pendingLine, pendingColumn);
  }

  /** Characters encoded as UTF-8; a lone surrogate becomes U+FFFD. */
  private static final class Encoder extends InputStream {
    private final Reader chars;
    private final char[] buffer = new char[8 * 1024];
    private int from;
    private int to;
    private boolean eof;

    Encoder(Reader chars) {
      this.chars = chars;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[4];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    /** Fills {@code target} with whole characters only; {@link Utf8Stream} always leaves room for one. */
    @Override
    public int read(byte[] target, int off, int len) throws IOException {
      int o = off;
      int end = off + len;
      while (o + 4 <= end) {
        // A high surrogate at the end waits for the character after it.
        if (from == to || to - from == 1 && Character.isHighSurrogate(buffer[from])) {
          if (!eof) {
            more();
            continue;
          }
          if (from == to) {
            break;
          }
        }
        char c = buffer[from++];
        if (c < 0x80) {
          target[o++] = (byte) c;
        } else if (c < 0x800) {
          target[o++] = (byte) (0xC0 | c >> 6);
          target[o++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isSurrogate(c)) {
          if (Character.isHighSurrogate(c) && from < to && Character.isLowSurrogate(buffer[from])) {
            int cp = Character.toCodePoint(c, buffer[from++]);
            target[o++] = (byte) (0xF0 | cp >> 18);
            target[o++] = (byte) (0x80 | cp >> 12 & 0x3F);
            target[o++] = (byte) (0x80 | cp >> 6 & 0x3F);
            target[o++] = (byte) (0x80 | cp & 0x3F);
          } else {
            target[o++] = (byte) 0xEF;
            target[o++] = (byte) 0xBF;
            target[o++] = (byte) 0xBD;
          }
        } else {
          target[o++] = (byte) (0xE0 | c >> 12);
          target[o++] = (byte) (0x80 | c >> 6 & 0x3F);
          target[o++] = (byte) (0x80 | c & 0x3F);
        }
      }
      if (o == off) {
        return len == 0 ? 0 : -1;
      }
      return o - off;
    }

    /** Reads more characters behind those left. */
    private void more() throws IOException {
      int left = to - from;
      System.arraycopy(buffer, from, buffer, 0, left);
      from = 0;
      to = left;
      int n = chars.read(buffer, to, buffer.length - to);
      if (n < 0) {
        eof = true;
      } else {
        to += n;
      }
    }

    @Override
    public void close() throws IOException {
      chars.close();
    }
  }
}
