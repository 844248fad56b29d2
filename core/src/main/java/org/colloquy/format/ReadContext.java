package org.colloquy.format;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.colloquy.model.Diagnostic;
import org.colloquy.model.Diagnostic.Severity;
import org.colloquy.model.SourceLocation;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Format} reads from: one source's text, the read options, and the place to report problems.
 *
 * <p>The text has line ends normalised to {@code \n} and no byte order mark. A format reads it once, either as a
 * stream ({@link #reader()}, or {@link #utf8Stream()} as UTF-8 bytes) or whole ({@link #text()}, or as bytes:
 * {@link #textUtf8()}, {@link #asciiText()}). Problems go to {@link #note}, {@link #warn} and {@link #error}; in strict mode the latter
 * two throw {@link ColloquyParseException}. Input that cannot be read at all ends with {@code throw
 * context.fail(...)}. Not thread-safe: one context serves one read.
 */
public final class ReadContext {

  /** Beyond this many diagnostics, further ones are only counted, so hostile input cannot exhaust memory. */
  static final int MAX_DIAGNOSTICS = 100_000;

  private final String sourceName;
  private final ReadOptions options;
  /** The undecoded bytes of a context over a stream, until they are read. */
  private @Nullable InputStream in;
  private @Nullable BufferedReader reader;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private int suppressed;
  private @Nullable String text;
  private boolean streamed;

  private ReadContext(String sourceName, ReadOptions options, @Nullable Reader source, @Nullable InputStream in) {
    this.sourceName = requireNonNull(sourceName, "sourceName");
    this.options = requireNonNull(options, "options");
    if (source != null) {
      this.reader = new BufferedReader(source, 64 * 1024);
    } else {
      this.in = requireNonNull(in, "in");
    }
  }

  /** A context over text already in memory; CRLF and CR become LF and a leading byte order mark is dropped. */
  public static ReadContext of(String sourceName, String text, ReadOptions options) {
    String clean = normalizeLineEnds(text.startsWith("\uFEFF") ? text.substring(1) : text);
    ReadContext context = new ReadContext(sourceName, options, new StringReader(clean), null);
    context.text = clean;
    return context;
  }

  /**
   * A context over bytes, decoded as UTF-8, or UTF-16 when a byte order mark says so. Malformed bytes become
   * U+FFFD with a warning at their line and column.
   */
  public static ReadContext of(String sourceName, InputStream in, ReadOptions options) {
    return new ReadContext(sourceName, options, null, in);
  }

  private static String normalizeLineEnds(String text) {
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** The source's name, as errors and provenance show it. */
  public String sourceName() {
    return sourceName;
  }

  /** The read options. */
  public ReadOptions options() {
    return options;
  }

  /** Whether warnings and errors throw. */
  public boolean strict() {
    return options.strict();
  }

  /** The text as a stream, for formats that read large input incrementally. Call once, or {@link #text()}. */
  public Reader reader() {
    checkState(!streamed, "the source %s has already been read", sourceName);
    streamed = true;
    return text != null ? new StringReader(text) : decoded();
  }

  /**
   * The source as UTF-8 bytes, for a format whose parser reads bytes faster than characters (JSON). It keeps the
   * promises of {@link #reader()} — no byte order mark, UTF-16 transcoded, malformed bytes replaced by U+FFFD
   * with the same warnings — except that line ends are passed on as they are; see {@link Utf8Stream}, which also
   * turns a parser's byte columns into the character columns locations count. Call once, instead of
   * {@link #reader()} or {@link #text()}.
   */
  public Utf8Stream utf8Stream() {
    checkState(!streamed, "the source %s has already been read", sourceName);
    streamed = true;
    if (text != null) {
      return Utf8Stream.encoding(new StringReader(text), this);
    }
    return new Utf8Stream(requireNonNull(in, "in"), this, true);
  }

  /** The decoding reader over the stream, made on first use so {@link #text()} can decode the bytes at once. */
  private BufferedReader decoded() {
    BufferedReader r = reader;
    if (r == null) {
      r = new BufferedReader(new DecodingReader(requireNonNull(in, "in"), this), 64 * 1024);
      reader = r;
    }
    return r;
  }

  /** The whole text. */
  public String text() {
    String whole = text;
    if (whole == null) {
      load();
      whole = text;
      if (whole == null) {
        // Read as ASCII bytes, which are the text: made into a String only now that someone asks for one.
        whole = new String(requireNonNull(utf8, "utf8"), StandardCharsets.ISO_8859_1);
        text = whole;
      }
    }
    return whole;
  }

  /** Reads the whole source, once: into {@link #text}, or into {@link #utf8} when those bytes are ASCII. */
  private void load() {
    if (text == null && !loaded) {
      checkState(!streamed, "the source %s has already been read as a stream", sourceName);
      try {
        if (reader == null) {
          decodeAll(requireNonNull(in, "in").readAllBytes());
        } else {
          text = drain(reader);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("could not read " + sourceName, e);
      }
    }
    loaded = true;
    streamed = true;
  }

  /** Whether the whole source has been read. */
  private boolean loaded;

  /**
   * The whole text as UTF-8, for a format that scans bytes faster than characters: {@link #text()} encoded. Often
   * costs nothing, being the source's bytes when they already were exactly that text. The array is the context's
   * own, the same on every call: read it, never change it.
   */
  public byte[] textUtf8() {
    load();
    byte[] bytes = utf8;
    if (bytes == null) {
      bytes = text().getBytes(StandardCharsets.UTF_8);
      utf8 = bytes;
    }
    return bytes;
  }

  /**
   * The whole text as one byte per character, when every character is ASCII and none is a C0 control character
   * but the tab and the line feed, as in most caption and transcript files; else empty. A format that tests its
   * structure on bytes may then skip the checks that other characters would need. Costs nothing beyond
   * {@link #text()} for a source read as bytes. The array is the context's own, the same on every call: read it, never change it.
   */
  public Optional<byte[]> asciiText() {
    load();
    if (!asciiKnown) {
      // Text that was not read as bytes: given as a String, or decoded from UTF-16 or malformed bytes. Its UTF-8
      // cannot tell, as an unpaired surrogate encodes as one '?'.
      asciiKnown = true;
      String whole = text();
      boolean printable = true;
      for (int i = 0; i < whole.length() && printable; i++) {
        char c = whole.charAt(i);
        printable = c < 0x80 && (c >= ' ' || c == '\t' || c == '\n');
      }
      if (printable) {
        plainAscii = textUtf8();
      }
    }
    return Optional.ofNullable(plainAscii);
  }

  /** The text's UTF-8, once known. */
  private byte @Nullable [] utf8;

  /** The text's bytes, when {@link #asciiText()} may give them. */
  private byte @Nullable [] plainAscii;

  /** Whether {@link #plainAscii} is decided. */
  private boolean asciiKnown;

  /**
   * The bytes decoded at once. ASCII, the common case, is checked in one pass and copied as it is. Other valid
   * UTF-8 goes through the JDK's bulk decoder, which keeps Latin-1 text compact; anything else (UTF-16, malformed
   * bytes, or a U+FFFD in the input, which the bulk decoder cannot tell from a replacement) takes the
   * {@link DecodingReader}, which locates each problem.
   */
  private void decodeAll(byte[] bytes) throws IOException {
    int n = bytes.length;
    boolean utf16 = n >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
        || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE);
    if (!utf16) {
      int from = n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
          ? 3 : 0;
      int found = AsciiScan.scan(bytes, from, n);
      if ((found & AsciiScan.NOT_ASCII) == 0) {
        byte[] ascii = from == 0 ? bytes : Arrays.copyOfRange(bytes, from, n);
        if ((found & AsciiScan.CARRIAGE_RETURN) != 0) {
          ascii = AsciiScan.normalizeLineEnds(ascii);
        }
        utf8 = ascii;
        plainAscii = (found & AsciiScan.CONTROL) == 0 ? ascii : null;
        asciiKnown = true;
        return;
      }
      asciiKnown = true;
      String decoded = new String(bytes, from, n - from, StandardCharsets.UTF_8);
      if (decoded.indexOf('\uFFFD') < 0) {
        String normalized = normalizeLineEnds(decoded);
        if (from == 0 && normalized == decoded) {
          utf8 = bytes;
        }
        text = normalized;
        return;
      }
    }
    text = drain(new BufferedReader(new DecodingReader(new ByteArrayInputStream(bytes), this), 64 * 1024));
  }

  private static String drain(Reader source) throws IOException {
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[64 * 1024];
    for (int n; (n = source.read(buffer)) >= 0; ) {
      out.append(buffer, 0, n);
    }
    return out.toString();
  }

  /** The first {@link Sample#MAX_LENGTH} characters, without consuming them. */
  Sample sample() {
    if (text != null || loaded) {
      return Sample.of(sourceName, text());
    }
    try {
      char[] head = new char[Sample.MAX_LENGTH + 1];
      int n = 0;
      if (reader != null) {
        reader.mark(Sample.MAX_LENGTH + 1);
        n = fill(reader, head);
        reader.reset();
      } else {
        // Decode the head from marked bytes and rewind them, so that text() can still decode the whole stream at
        // once. The throw-away context drops the head's diagnostics, which the real decoding reports again; in
        // strict mode it throws what the real one would.
        InputStream raw = requireNonNull(in, "in");
        if (!raw.markSupported()) {
          raw = new BufferedInputStream(raw, 64 * 1024);
          in = raw;
        }
        raw.mark(HEAD_BYTES);
        ReadContext scratch = new ReadContext(sourceName, options, Reader.nullReader(), null);
        n = fill(new DecodingReader(new BoundedInputStream(raw, HEAD_BYTES), scratch), head);
        raw.reset();
      }
      boolean complete = n <= Sample.MAX_LENGTH;
      return new Sample(sourceName, new String(head, 0, Math.min(n, Sample.MAX_LENGTH)), complete);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + sourceName, e);
    }
  }

  /**
   * The most bytes a sample's decoding may consume: three per character, and a decoder buffer's worth beyond the
   * last one it needs.
   */
  private static final int HEAD_BYTES = 3 * (Sample.MAX_LENGTH + 1) + 64 * 1024;

  private static int fill(Reader source, char[] head) throws IOException {
    int n = 0;
    for (int r; n < head.length && (r = source.read(head, n, head.length - n)) >= 0; ) {
      n += r;
    }
    return n;
  }

  /** At most {@code limit} bytes of a stream, then its end; keeps a sample's decoding within the mark. */
  private static final class BoundedInputStream extends InputStream {
    private final InputStream in;
    private int left;

    BoundedInputStream(InputStream in, int limit) {
      this.in = in;
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = in.read();
      if (b >= 0) {
        left--;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return len == 0 ? 0 : -1;
      }
      int n = in.read(b, off, Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }
  }

  /** The location of a 1-based line and column in this source. */
  public SourceLocation at(int line, int column) {
    return new SourceLocation(sourceName, Math.max(1, line), Math.max(1, column));
  }

  /** Records something noted for the record; never throws. */
  public void note(String code, String message, int line, int column) {
    if (diagnostics.size() >= MAX_DIAGNOSTICS) {
      // Past the limit a note is only counted: not worth a diagnostic and a location that would be dropped.
      suppressed++;
      return;
    }
    add(Diagnostic.of(Severity.INFO, code, message, at(line, column)), null);
  }

  /** Records something noted about the source as a whole; never throws. */
  public void note(String code, String message) {
    add(Diagnostic.of(Severity.INFO, code, message), null);
  }

  /** Records input that was repaired, guessed at or set aside; throws in strict mode. */
  public void warn(String code, String message, int line, int column) {
    add(Diagnostic.of(Severity.WARNING, code, message, at(line, column)), null);
  }

  /** Like {@link #warn(String, String, int, int)}, with the text of the line for the strict error's excerpt. */
  public void warn(String code, String message, int line, int column, String lineText) {
    add(Diagnostic.of(Severity.WARNING, code, message, at(line, column)), lineText);
  }

  /** Records input that could not be understood and is kept only in the diagnostic; throws in strict mode. */
  public void error(String code, String message, int line, int column) {
    add(Diagnostic.of(Severity.ERROR, code, message, at(line, column)), null);
  }

  /** Like {@link #error(String, String, int, int)}, with the text of the line for the strict error's excerpt. */
  public void error(String code, String message, int line, int column, String lineText) {
    add(Diagnostic.of(Severity.ERROR, code, message, at(line, column)), lineText);
  }

  private void add(Diagnostic diagnostic, @Nullable String lineText) {
    if (options.strict() && diagnostic.severity() != Severity.INFO) {
      SourceLocation where = diagnostic.location().orElse(at(1, 1));
      throw exception(where, diagnostic.message(), null, null, lineText, diagnostic);
    }
    if (diagnostics.size() < MAX_DIAGNOSTICS) {
      diagnostics.add(diagnostic);
    } else {
      suppressed++;
    }
  }

  /**
   * The exception for input that cannot be read at all: throw what this returns. The excerpt is taken from the
   * text when the format read it whole.
   */
  public ColloquyParseException fail(int line, int column, String expected, String found) {
    return fail(line, column, expected, found, null);
  }

  /** Like {@link #fail(int, int, String, String)}, with the text of the line for the excerpt. */
  public ColloquyParseException fail(int line, int column, String expected, String found,
      @Nullable String lineText) {
    return exception(at(line, column), "expected " + expected + ", found " + quote(found), expected, found,
        lineText, null);
  }

  private ColloquyParseException exception(SourceLocation where, String problem, @Nullable String expected,
      @Nullable String found, @Nullable String lineText, @Nullable Diagnostic diagnostic) {
    String lineOfText = lineText != null ? lineText : lineOf(where.line());
    int from = Math.max(0, where.column() - 41);
    int to = Math.min(lineOfText.length(), from + 100);
    String excerpt = lineOfText.substring(Math.min(from, lineOfText.length()), to);
    int caret = where.column() - 1 - from;
    if (from > 0) {
      excerpt = "…" + excerpt;
      caret++;
    }
    if (to < lineOfText.length()) {
      excerpt = excerpt + "…";
    }
    return new ColloquyParseException(where, problem, expected, found, printable(excerpt), caret, diagnostic);
  }

  private String lineOf(int line) {
    if (text == null && !loaded) {
      return "";
    }
    String whole = text();
    int start = 0;
    for (int i = 1; i < line; i++) {
      int next = whole.indexOf('\n', start);
      if (next < 0) {
        return "";
      }
      start = next + 1;
    }
    int end = whole.indexOf('\n', start);
    return whole.substring(start, end < 0 ? whole.length() : end);
  }

  private static String quote(String found) {
    String shown = found.length() > 60 ? found.substring(0, 60) + "…" : found;
    return found.isEmpty() ? "nothing" : "\"" + printable(shown) + "\"";
  }

  private static String printable(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\t') {
        out.append(' ');
      } else if (Character.isISOControl(c)) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Everything recorded so far, in order. */
  public List<Diagnostic> diagnostics() {
    List<Diagnostic> all = new ArrayList<>(diagnostics);
    if (suppressed > 0) {
      all.add(Diagnostic.of(Severity.WARNING, "too-many-diagnostics",
          suppressed + " further diagnostics were not kept, past the limit of " + MAX_DIAGNOSTICS
              + " a read keeps; a source with this many problems may not be in this format"));
    }
    return List.copyOf(all);
  }
}
