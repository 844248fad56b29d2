package org.colloquy.parsers.common;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.colloquy.format.ColloquyParseException;
import org.colloquy.format.ReadContext;
import org.colloquy.format.Utf8Stream;
import org.colloquy.model.Episode;
import org.colloquy.model.SourceLocation;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * A streaming JSON source for the recogniser and podcast formats: Jackson's byte {@link JsonParser} over the
 * context's {@link ReadContext#utf8Stream() UTF-8 bytes}, with the few moves those readers make (walk an object's
 * properties, an array's elements, read a time) and their problems reported where they happened, at columns
 * counted in characters. No document tree is ever built. Internal.
 */
public final class JsonInput {

  private static final JsonFactory FACTORY = new Utf8Factory();

  /** Times beyond this many seconds (about 31 years) are not offsets into a recording. */
  private static final double MAX_SECONDS = 1e9;

  /** What a time reader returns for an absent or unusable time. */
  public static final long NO_TIME = -1;

  private final ReadContext context;
  private final Utf8Stream bytes;
  private final PeekingJsonParser parser;

  private JsonInput(ReadContext context, Utf8Stream bytes, PeekingJsonParser parser) {
    this.context = context;
    this.bytes = bytes;
    this.parser = parser;
  }

  /**
   * Jackson's factory with byte input always taken as UTF-8, which a {@link Utf8Stream} is: Jackson's own sniffing
   * would take a document that starts with zero bytes for UTF-16 or UTF-32.
   */
  private static final class Utf8Factory extends JsonFactory {
    private static final long serialVersionUID = 1;

    @Override
    protected JsonParser _createParser(ObjectReadContext readContext, IOContext io, InputStream in) {
      io.setEncoding(JsonEncoding.UTF8);
      return new PeekingJsonParser(readContext, io, readContext.getStreamReadFeatures(_streamReadFeatures),
          readContext.getFormatReadFeatures(_formatReadFeatures), in,
          _byteSymbolCanonicalizer.makeChild(_factoryFeatures), io.allocReadIOBuffer());
    }
  }

  /**
   * Runs {@code reader} over the context's text as a stream. Malformed JSON ends in a {@link ColloquyParseException}
   * at Jackson's line and column; so does a value the model refuses, at the token being read.
   */
  public static Episode read(ReadContext context, Function<JsonInput, Episode> reader) {
    JsonInput in;
    Utf8Stream bytes = context.utf8Stream();
    try {
      in = new JsonInput(context, bytes, (PeekingJsonParser) FACTORY.createParser(ObjectReadContext.empty(), bytes));
    } catch (JacksonException e) {
      throw context.fail(1, 1, "a JSON document", e.getOriginalMessage());
    }
    try (JsonParser closing = in.parser) {
      return reader.apply(in);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException("could not read " + context.sourceName(), e.getCause());
    } catch (JacksonException e) {
      TokenStreamLocation where = e.getLocation();
      int line = where == null ? in.line() : where.getLineNr();
      int column = where == null ? in.column() : in.column(where);
      throw context.fail(line, column, "well-formed JSON", firstLine(e.getOriginalMessage()));
    } catch (IllegalArgumentException | ArithmeticException | DateTimeException e) {
      throw context.fail(in.line(), in.column(), "values that fit together", firstLine(e.getMessage()));
    }
  }

  /**
   * Jackson's byte parser over {@code bytes}, for a reader that walks the tokens itself; {@link #column(Utf8Stream,
   * TokenStreamLocation)} counts its columns in characters.
   */
  public static JsonParser parser(Utf8Stream bytes) {
    return FACTORY.createParser(ObjectReadContext.empty(), bytes);
  }

  /** The column, in characters, of a location the byte parser over {@code bytes} gave, which counts bytes. */
  public static int column(Utf8Stream bytes, TokenStreamLocation at) {
    int byteColumn = Math.max(1, at.getColumnNr());
    return at.getByteOffset() < 0 ? byteColumn : bytes.column(at.getByteOffset(), byteColumn);
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  /** The read's context, for diagnostics. */
  public ReadContext context() {
    return context;
  }

  /** The line of the current token, 1-based. */
  public int line() {
    TokenStreamLocation at = parser.currentTokenLocation();
    return at == null ? 1 : Math.max(1, at.getLineNr());
  }

  /** The column of the current token, 1-based, in characters. */
  public int column() {
    TokenStreamLocation at = parser.currentTokenLocation();
    return at == null ? 1 : column(at);
  }

  /** A location's column in characters: Jackson's byte parser counts bytes. */
  private int column(TokenStreamLocation at) {
    return column(bytes, at);
  }

  /** Where the current token is, for a segment's provenance. */
  public SourceLocation here() {
    TokenStreamLocation at = parser.currentTokenLocation();
    return at == null ? context.at(1, 1) : context.at(at.getLineNr(), column(at));
  }

  /** The current token; {@code null} before the first and after the last. */
  public @Nullable JsonToken token() {
    return parser.currentToken();
  }

  /** Moves to the next token; {@code null} at the end of the input. */
  public @Nullable JsonToken next() {
    return parser.nextToken();
  }

  /** Moves to the document's first token and fails unless it opens an object. */
  public void startDocument(String expected) {
    JsonToken first = next();
    if (first != JsonToken.START_OBJECT) {
      throw context.fail(line(), column(), expected, first == null ? "" : parser.getString());
    }
  }

  /**
   * Inside an object whose start is the current token or whose last value was just consumed: moves to the next
   * property and returns its name, with the parser on its value; {@code null} at the object's end.
   */
  public @Nullable String nextProperty() {
    // The byte parser reads a name and the start of its value in one step, faster than two nextToken calls.
    String name = parser.nextName();
    if (name == null) {
      return null;
    }
    next();
    return name;
  }

  /**
   * The property names a reader acts on, as the constants of an enum: each constant stands for its name in lower
   * case ({@code START_TIME} for {@code "start_time"}). Matched against the parser's bytes, without making a string
   * of each name and comparing it.
   */
  public static final class Keys<E extends Enum<E>> {
    private final E[] constants;
    private final PropertyNameMatcher matcher;

    private Keys(Class<E> type) {
      this.constants = type.getEnumConstants();
      List<String> names = new ArrayList<>(constants.length);
      for (E e : constants) {
        names.add(e.name().toLowerCase(Locale.ROOT));
      }
      this.matcher = BinaryNameMatcher.construct(names);
    }

    /** The keys named by {@code type}'s constants. */
    public static <E extends Enum<E>> Keys<E> of(Class<E> type) {
      return new Keys<>(type);
    }
  }

  /**
   * Like {@link #nextProperty()} for a reader that acts on {@code keys} alone: moves to the next property with one
   * of those names, skipping any others with their values, and returns its key, with the parser on its value;
   * {@code null} at the object's end.
   */
  public <E extends Enum<E>> @Nullable E nextKey(Keys<E> keys) {
    while (true) {
      int match = parser.nextNameMatch(keys.matcher);
      if (match >= 0) {
        next();
        return keys.constants[match];
      }
      if (match != PropertyNameMatcher.MATCH_UNKNOWN_NAME) {
        return null;
      }
      next();
      skip();
    }
  }

  /**
   * Inside an array whose start is the current token or whose last element was just consumed: moves to the next
   * element and says whether there is one.
   */
  public boolean nextElement() {
    JsonToken t = next();
    return t != null && t != JsonToken.END_ARRAY;
  }

  /**
   * Runs {@code element} once for each object in the array at the current token, positioned at that object's start.
   * An array that is not one, or an element that is not an object, is warned about (unless null) and skipped.
   */
  public void eachObject(String arrayWhat, String objectWhat, Runnable element) {
    if (!expectArray(arrayWhat)) {
      return;
    }
    while (nextElement()) {
      if (expectObject(objectWhat)) {
        element.run();
      }
    }
  }

  /** Whether the current token opens an object. */
  public boolean isObject() {
    return parser.currentToken() == JsonToken.START_OBJECT;
  }

  /** Whether the current token opens an array; else, unless null, warns that {@code what} should be one and skips. */
  public boolean expectArray(String what) {
    return expect(JsonToken.START_ARRAY, what, "an array");
  }

  /** Whether the current token opens an object; else, unless null, warns that {@code what} should be one and skips. */
  public boolean expectObject(String what) {
    return expect(JsonToken.START_OBJECT, what, "an object");
  }

  private boolean expect(JsonToken wanted, String what, String shape) {
    JsonToken t = parser.currentToken();
    if (t == wanted) {
      return true;
    }
    if (t != JsonToken.VALUE_NULL) {
      context.warn("json-unexpected-value", what + " should be " + shape + ", found " + describe(t) + "; skipped",
          line(), column());
    }
    skip();
    return false;
  }

  /** Skips the current value, with everything inside it. */
  public void skip() {
    parser.skipChildren();
  }

  /** The current value as text: a string, or a number or boolean as written; else empty (and skipped). */
  public @Nullable String string() {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT
        || t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return parser.getString();
    }
    skip();
    return null;
  }

  /** Whether the current value, read as by {@link #string()}, is {@code expected}, an ASCII text. */
  public boolean textEquals(String expected) {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      int end = parser.asciiEnd();
      if (end >= 0) {
        byte[] b = parser.bytes();
        int from = parser.start();
        if (end - from != expected.length()) {
          return false;
        }
        for (int i = 0; i < expected.length(); i++) {
          if (b[from + i] != expected.charAt(i)) {
            return false;
          }
        }
        return true;
      }
    }
    return expected.equals(string());
  }

  /**
   * {@link #string()} cleaned by {@link CleanText}; a clean ASCII string value is made straight from the parser's
   * bytes, without decoding it to characters first.
   */
  public @Nullable String cleanString() {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      int end = parser.asciiEnd();
      if (end >= 0) {
        byte[] b = parser.bytes();
        int from = parser.start();
        while (from < end && b[from] == ' ') {
          from++;
        }
        while (end > from && b[end - 1] == ' ') {
          end--;
        }
        if (isClean(b, from, end)) {
          return new String(b, from, end - from, StandardCharsets.ISO_8859_1);
        }
      }
    }
    String text = string();
    return text == null ? null : CleanText.of(text);
  }

  /**
   * {@link #string()} shared through {@code pool}: a string value is looked up in the parser's buffer, so that a
   * label repeated on every word (a WhisperX speaker, an AWS item type) is made once.
   */
  public @Nullable String sharedString(TextPool pool) {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      int end = parser.asciiEnd();
      if (end >= 0) {
        int from = parser.start();
        return pool.share(parser.bytes(), from, end - from);
      }
      return pool.share(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
    }
    return string();
  }

  /**
   * {@link #string()} cleaned by {@link CleanText} and shared through {@code pool}; a clean string value is looked
   * up in the parser's own buffer, so a word-level file makes a string per distinct word, not per word.
   */
  public @Nullable String cleanText(TextPool pool) {
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      int end = parser.asciiEnd();
      if (end >= 0) {
        byte[] b = parser.bytes();
        int from = parser.start();
        if (isClean(b, from, end)) {
          return end == from ? "" : pool.share(b, from, end - from);
        }
      }
      char[] chars = parser.getTextCharacters();
      int offset = parser.getTextOffset();
      int length = parser.getTextLength();
      if (isClean(chars, offset, length)) {
        return length == 0 ? "" : pool.share(chars, offset, length);
      }
    }
    String text = string();
    if (text == null) {
      return null;
    }
    String clean = CleanText.of(text);
    return clean.isEmpty() ? clean : pool.share(clean);
  }

  /** {@link #isClean(char[], int, int)} for printable ASCII bytes, whose only white space is the space. */
  private static boolean isClean(byte[] b, int from, int end) {
    if (from < end && (b[from] == ' ' || b[end - 1] == ' ')) {
      return false;
    }
    int length = end - from;
    if (length <= 16 && from + 16 <= b.length) {
      // A word's text in two longs: a space next to a space is a space byte whose next byte is one too.
      long first = spaces((long) PeekingJsonParser.LONGS.get(b, from)) & lowBytes(length);
      long second = spaces((long) PeekingJsonParser.LONGS.get(b, from + 8)) & lowBytes(length - 8);
      return (first & first >>> 8) == 0 && (second & second >>> 8) == 0 && (first >>> 63 & second >>> 7 & 1) == 0;
    }
    for (int i = from + 1; i < end; i++) {
      if (b[i] == ' ' && b[i - 1] == ' ') {
        return false;
      }
    }
    return true;
  }

  /** A mask of the low {@code n} bytes of a long, none to all eight. */
  private static long lowBytes(int n) {
    return n <= 0 ? 0 : n >= 8 ? -1L : -1L >>> (64 - 8 * n);
  }

  /** The high bit of each byte of {@code w} that is a space, exactly: printable ASCII has no high bit to carry. */
  private static long spaces(long w) {
    long x = w ^ 0x2020_2020_2020_2020L;
    return ~((x & 0x7F7F_7F7F_7F7F_7F7FL) + 0x7F7F_7F7F_7F7F_7F7FL | x) & 0x8080_8080_8080_8080L;
  }

  // CleanText's rule on a buffer: no white space at the ends, none but single spaces inside.
  private static boolean isClean(char[] chars, int offset, int length) {
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      char c = chars[i];
      if (c > ' ' && c < 0x7F) {
        continue;
      }
      if (c == ' ') {
        if (i == offset || i + 1 == end || chars[i + 1] == ' ') {
          return false;
        }
      } else if (Character.isWhitespace(c) || c == '\u00A0') {
        return false;
      }
    }
    return true;
  }

  /** The current value as a number: a JSON number or a string holding one (as AWS writes them); else NaN. */
  public double number() {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      // Most times are plain decimals, read faster from the token's characters than by Jackson's general parser.
      double quick = plainDecimal(digits(t));
      return quick >= 0 ? quick : parser.getDoubleValue();
    }
    if (t == JsonToken.VALUE_STRING) {
      double quick = plainDecimal(digits(t));
      if (quick >= 0) {
        return quick;
      }
      String s = parser.getString().strip();
      if (s.isEmpty() || s.length() > 40) {
        return Double.NaN;
      }
      try {
        return Double.parseDouble(s);
      } catch (NumberFormatException e) {
        return Double.NaN;
      }
    }
    skip();
    return Double.NaN;
  }

  private static final double[] POWERS_OF_TEN = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
      1e13, 1e14, 1e15};

  /**
   * {@code ddd.ddd} of at most 15 digits, as AWS writes times and confidences, read without making a string; -1 for
   * any other shape. A mantissa below 2<sup>53</sup> divided by an exact power of ten is correctly rounded, so the
   * result equals {@link Double#parseDouble}'s.
   */
  private static double plainDecimal(long digits) {
    return digits < 0 ? -1 : (digits >>> DECIMAL_BITS) / POWERS_OF_TEN[(int) (digits & DECIMAL_MASK)];
  }

  /**
   * {@link #plainDigits(char[], int, int)} of the current token, a number or a string: a number's from the shape
   * Jackson found while reading it, a string's from its bytes where it can.
   */
  private long digits(JsonToken t) {
    if (t == JsonToken.VALUE_STRING) {
      long quick = parser.stringDigits();
      if (quick != PeekingJsonParser.UNKNOWN) {
        return quick;
      }
      int end = parser.asciiEnd();
      if (end >= 0) {
        int from = parser.start();
        return plainDigits(parser.bytes(), from, end - from);
      }
    } else {
      long plain = parser.plainDigits();
      if (plain >= 0) {
        return plain;
      }
      long shape = parser.numberShape();
      int whole = (int) (shape >>> 32);
      int fraction = (int) shape;
      int length = parser.getTextLength();
      if (shape >= 0 && whole + fraction <= 15 && length == whole + fraction + (fraction > 0 ? 1 : 0)) {
        char[] chars = parser.getTextCharacters();
        int at = parser.getTextOffset();
        long mantissa = 0;
        for (int end = at + whole; at < end; at++) {
          mantissa = mantissa * 10 + (chars[at] - '0');
        }
        at++;
        for (int end = at + fraction; at < end; at++) {
          mantissa = mantissa * 10 + (chars[at] - '0');
        }
        return mantissa << DECIMAL_BITS | fraction;
      }
      if (shape >= 0 && whole + fraction > 15) {
        return -1;
      }
    }
    return plainDigits(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
  }

  private static final int DECIMAL_BITS = PeekingJsonParser.DECIMAL_BITS;
  private static final long DECIMAL_MASK = (1 << DECIMAL_BITS) - 1;

  /**
   * {@code ddd.ddd} of one to 15 digits as its digits without the point, shifted left by {@link #DECIMAL_BITS},
   * and the number of decimals in the low bits; -1 for any other shape.
   */
  private static long plainDigits(byte[] b, int offset, int length) {
    if (length == 0 || length > 16) {
      return -1;
    }
    long mantissa = 0;
    int digits = 0;
    int point = -1;
    for (int i = offset; i < offset + length; i++) {
      int c = b[i];
      if (c >= '0' && c <= '9') {
        mantissa = mantissa * 10 + (c - '0');
        digits++;
      } else if (c == '.' && point < 0) {
        point = i - offset;
      } else {
        return -1;
      }
    }
    if (digits == 0 || digits > 15) {
      return -1;
    }
    int decimals = point < 0 ? 0 : length - point - 1;
    return mantissa << DECIMAL_BITS | decimals;
  }

  private static long plainDigits(char[] chars, int offset, int length) {
    if (length == 0 || length > 16) {
      return -1;
    }
    long mantissa = 0;
    int digits = 0;
    int point = -1;
    for (int i = offset; i < offset + length; i++) {
      char c = chars[i];
      if (c >= '0' && c <= '9') {
        mantissa = mantissa * 10 + (c - '0');
        digits++;
      } else if (c == '.' && point < 0) {
        point = i - offset;
      } else {
        return -1;
      }
    }
    if (digits == 0 || digits > 15) {
      return -1;
    }
    int decimals = point < 0 ? 0 : length - point - 1;
    return mantissa << DECIMAL_BITS | decimals;
  }

  /** The current value as a whole number, when it is one; else {@code fallback}. */
  public long integer(long fallback) {
    double d = number();
    return Double.isNaN(d) || d != Math.rint(d) || Math.abs(d) > 1e15 ? fallback : (long) d;
  }

  /** The current value as a time in seconds, in nanoseconds; {@link #NO_TIME} (with a warning) when unusable. */
  public long seconds(String what) {
    long exact = plainTime(9);
    return exact >= 0 ? exact : time(what, number(), 1e9);
  }

  /** The current value as a time in milliseconds, in nanoseconds; {@link #NO_TIME} when unusable. */
  public long millis(String what) {
    long exact = plainTime(6);
    return exact >= 0 ? exact : time(what, number(), 1e6);
  }

  private static final long[] NANOS_SCALE = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
      100_000_000, 1_000_000_000};

  /** Below this many nanoseconds (about 26 days) a time read through a double rounds back to its exact value. */
  private static final long EXACT_NANOS = 1L << 51;

  /** {@link #EXACT_NANOS} in each unit of {@link #NANOS_SCALE}, so that no time costs a division. */
  private static final long[] EXACT_MANTISSA = new long[NANOS_SCALE.length];

  static {
    for (int k = 0; k < NANOS_SCALE.length; k++) {
      EXACT_MANTISSA[k] = EXACT_NANOS / NANOS_SCALE[k];
    }
  }

  /**
   * A time written as {@code ddd.ddd} (a number, or a string as AWS writes them) in units of 10<sup>{@code
   * unitDigits}</sup> nanoseconds, computed exactly from its digits; -1 for any other shape. The general path, which
   * rounds a double times the unit, gives the same value: below {@link #EXACT_NANOS} its error stays under a half.
   */
  private long plainTime(int unitDigits) {
    JsonToken t = parser.currentToken();
    if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_STRING) {
      return -1;
    }
    long digits = digits(t);
    int decimals = (int) (digits & DECIMAL_MASK);
    if (digits < 0 || decimals > unitDigits) {
      return -1;
    }
    long mantissa = digits >>> DECIMAL_BITS;
    int unit = unitDigits - decimals;
    return mantissa < EXACT_MANTISSA[unit] ? mantissa * NANOS_SCALE[unit] : -1;
  }

  private long time(String what, double value, double nanosPerUnit) {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return NO_TIME;
    }
    double seconds = value * nanosPerUnit / 1e9;
    if (Double.isNaN(value) || seconds < 0 || seconds > MAX_SECONDS) {
      String found = t == JsonToken.END_ARRAY || t == JsonToken.END_OBJECT ? "an array or object" : describe(t);
      context.warn("bad-time", what + " is not a usable time: " + found + "; left out", line(), column());
      return NO_TIME;
    }
    return Math.round(value * nanosPerUnit);
  }

  /** The current value as a confidence from 0 to 1; NaN when absent or out of range (the latter noted). */
  public double confidence(String what) {
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      return Double.NaN;
    }
    double c = number();
    if (Double.isNaN(c) || c < 0 || c > 1) {
      context.note("bad-confidence", what + " is not a confidence from 0 to 1; left out", line(), column());
      return Double.NaN;
    }
    return c;
  }

  private String describe(@Nullable JsonToken t) {
    if (t == null) {
      return "the end of the input";
    }
    if (t.isScalarValue()) {
      String s = parser.getString();
      return "\"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
    }
    return t == JsonToken.START_ARRAY ? "an array" : t == JsonToken.START_OBJECT ? "an object" : t.toString();
  }
}
