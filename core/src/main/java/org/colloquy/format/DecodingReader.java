package org.colloquy.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Decodes a byte stream as UTF-8 (or UTF-16 when a byte order mark says so), drops the mark, turns CRLF and CR
 * into LF, and reports each malformed byte sequence to the context at its line and column instead of failing
 * the whole read: lenient reading replaces it by U+FFFD and goes on, strict reading throws.
 */
final class DecodingReader extends Reader {

  private static final int BUFFER = 16 * 1024;

  private final InputStream in;
  private final ReadContext context;
  private CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
  private final CharBuffer chars = CharBuffer.allocate(BUFFER);
  private boolean started;
  private boolean eof;
  private boolean flushed;
  private boolean afterCr;
  private int line = 1;
  private int column = 1;
  private @Nullable StringBuilder pending;
  private int pendingEnd;
  private int pendingLine;
  private int pendingColumn;

  DecodingReader(InputStream in, ReadContext context) {
    this.in = in;
    this.context = context;
    this.decoder = decoderFor(StandardCharsets.UTF_8);
    bytes.flip();
    chars.flip();
  }

  private static CharsetDecoder decoderFor(Charset charset) {
    return charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  @Override
  public int read(char[] target, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    int written = 0;
    while (written < length) {
      if (!chars.hasRemaining() && !fill()) {
        break;
      }
      // Works on the arrays rather than through the buffer's get(), which costs a bounds check per character.
      char[] source = chars.array();
      int p = chars.position();
      int end = Math.min(chars.limit(), p + length - written);
      int out = offset + written;
      int l = line;
      int lineStart = p - (column - 1);
      boolean cr = afterCr;
      for (; p < end; p++) {
        char c = source[p];
        if (c == '\r') {
          cr = true;
          c = '\n';
        } else if (c == '\n' && cr) {
          cr = false;
          // The LF of a CRLF was counted with its CR; it still starts the line after it.
          lineStart = p + 1;
          continue;
        } else {
          cr = false;
        }
        if (c == '\n') {
          l++;
          lineStart = p + 1;
        }
        target[out++] = c;
      }
      line = l;
      column = p - lineStart + 1;
      afterCr = cr;
      chars.position(p);
      written = out - offset;
    }
    return written == 0 ? -1 : written;
  }

  /** Decodes more characters; false at the end of input. */
  private boolean fill() throws IOException {
    if (flushed) {
      return false;
    }
    if (pending != null) {
      // A malformed run that reached the end of the last buffer goes on at the start of this one.
      pendingEnd = pendingEnd == chars.limit() ? 0 : -1;
    }
    chars.clear();
    try {
      boolean again = true;
      while (again) {
        if (!eof && bytes.remaining() < 4) {
          readBytes();
        }
        if (!started) {
          started = true;
          skipByteOrderMark();
        }
        CoderResult result = decoder.decode(bytes, chars, eof);
        if (result.isError()) {
          replaceMalformed(result.length());
          again = chars.hasRemaining();
          continue;
        }
        if (pending != null && (chars.position() > pendingEnd || eof)) {
          reportPending();
        }
        if (result.isUnderflow() && eof) {
          if (!flushed) {
            flushed = true;
            decoder.flush(chars);
          }
          if (pending != null) {
            reportPending();
          }
          break;
        }
        again = chars.position() == 0;
      }
    } finally {
      chars.flip();
    }
    return chars.hasRemaining();
  }

  /**
   * Replaces one malformed sequence by U+FFFD. Adjacent malformed sequences (a broken multi-byte character, a run
   * of binary) are reported as one diagnostic, so a damaged stretch yields one warning rather than one per byte.
   */
  private void replaceMalformed(int length) {
    if (pending == null || chars.position() != pendingEnd) {
      if (pending != null) {
        reportPending();
      }
      pending = new StringBuilder();
      locatePending();
    }
    for (int i = 0; i < length; i++) {
      if (pending.length() < 60) {
        pending.append(pending.length() == 0 ? "" : " ")
            .append(String.format(Locale.ROOT, "0x%02X", bytes.get() & 0xFF));
      } else {
        bytes.get();
      }
    }
    chars.put('\uFFFD');
    pendingEnd = chars.position();
  }

  /** The line and column of the next character to be put into {@code chars}, counting what it already holds. */
  private void locatePending() {
    int l = line;
    int c = column;
    boolean cr = afterCr;
    for (int i = 0; i < chars.position(); i++) {
      char ch = chars.get(i);
      if (ch == '\r' || ch == '\n' && !cr) {
        l++;
        c = 1;
      } else if (ch != '\n') {
        c++;
      }
      cr = ch == '\r';
    }
    pendingLine = l;
    pendingColumn = c;
  }

  private void reportPending() {
    String what = pending.indexOf(" ") < 0 ? "byte " + pending + " is" : "bytes " + pending + " are";
    pending = null;
    context.warn("invalid-encoding", what + " not valid " + decoder.charset().name() + "; replaced by U+FFFD",
        pendingLine, pendingColumn);
  }

  private void readBytes() throws IOException {
    bytes.compact();
    try {
      while (bytes.hasRemaining()) {
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
          eof = true;
          break;
        }
        bytes.position(bytes.position() + n);
        if (n > 0 && bytes.position() >= 4) {
          break;
        }
      }
    } finally {
      bytes.flip();
    }
  }

  private void skipByteOrderMark() {
    int n = bytes.remaining();
    int p = bytes.position();
    int b0 = n > 0 ? bytes.get(p) & 0xFF : -1;
    int b1 = n > 1 ? bytes.get(p + 1) & 0xFF : -1;
    int b2 = n > 2 ? bytes.get(p + 2) & 0xFF : -1;
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      bytes.position(p + 3);
    } else if (b0 == 0xFE && b1 == 0xFF) {
      bytes.position(p + 2);
      decoder = decoderFor(StandardCharsets.UTF_16BE);
    } else if (b0 == 0xFF && b1 == 0xFE) {
      bytes.position(p + 2);
      decoder = decoderFor(StandardCharsets.UTF_16LE);
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
