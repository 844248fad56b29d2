package org.colloquy.parsers.common;

import java.io.InputStream;
import java.io.Writer;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.json.UTF8StreamJsonParser;
import tools.jackson.core.sym.ByteQuadsCanonicalizer;

/**
 * Jackson's byte parser with a look at a string value's bytes before they are decoded: a word-level file's words,
 * labels and times are short ASCII strings, and reading them where they lie costs less than Jackson's decoding
 * them into characters first. Reading is only looking: the parser's state is left as it was, except that the
 * string's end, once found, is remembered, so that skipping past the string does not search for it again. Also
 * gives the shape Jackson found for a number token. Internal.
 */
final class PeekingJsonParser extends UTF8StreamJsonParser {

  /** Where (counted from the start of the input) the string last peeked at starts, and where its bytes end. */
  private long peekedAt = -1;
  private int peekedEnd;

  PeekingJsonParser(ObjectReadContext readContext, IOContext io, int streamReadFeatures, int formatReadFeatures,
      InputStream in, ByteQuadsCanonicalizer symbols, byte[] buffer) {
    super(readContext, io, streamReadFeatures, formatReadFeatures, in, symbols, buffer, 0, 0, 0, true);
  }

  /**
   * When the current token is a string value not yet decoded whose bytes are all printable ASCII without an escape
   * and lie whole in {@link #bytes()}: where they end, the closing quote; else -1. They start at {@link #start()}.
   */
  int asciiEnd() {
    if (!_tokenIncomplete || _currToken != JsonToken.VALUE_STRING) {
      return -1;
    }
    int from = _inputPtr;
    long at = _currInputProcessed + from;
    if (at == peekedAt) {
      return peekedEnd;
    }
    byte[] b = _inputBuffer;
    int end = _inputEnd;
    int i = from;
    // Eight bytes at a time while the array has them; what lies past the input's end is looked at, never used.
    for (; i + 8 <= b.length; i += 8) {
      long special = special((long) LONGS.get(b, i));
      if (special != 0) {
        int j = i + (Long.numberOfTrailingZeros(special) >>> 3);
        return j < end && b[j] == '"' ? peeked(at, j) : -1;
      }
      if (i + 8 >= end) {
        return -1;
      }
    }
    for (; i < end; i++) {
      int c = b[i];
      if (c == '"') {
        return peeked(at, i);
      }
      // Control characters, escapes and multi-byte characters (negative bytes) are Jackson's to decode.
      if (c < ' ' || c == '\\') {
        return -1;
      }
    }
    return -1;
  }

  private int peeked(long at, int end) {
    peekedAt = at;
    peekedEnd = end;
    return end;
  }

  static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080_8080_8080_8080L;
  private static final long ONES = 0x0101_0101_0101_0101L;

  /**
   * The high bit of each byte of {@code w} (the first in its low byte) that ends a plain string — a quote, a
   * backslash, a control character or a byte of a multi-byte character — exactly for the first such byte; a byte
   * after it may be marked too, since a borrow runs on from it.
   */
  static long special(long w) {
    long quote = w ^ 0x2222_2222_2222_2222L;
    long backslash = w ^ 0x5C5C_5C5C_5C5C_5C5CL;
    return (w | (w - 0x2020_2020_2020_2020L & ~w) | (quote - ONES & ~quote) | (backslash - ONES & ~backslash))
        & HIGH_BITS;
  }

  /** What {@link #stringDigits()} returns when it cannot tell. */
  static final long UNKNOWN = -2;

  /**
   * When the current token is a string value not yet decoded of at most 16 printable ASCII characters without an
   * escape, lying whole in the buffer: its digits and decimals as {@link #plainDigits()} gives them when it is a
   * plain decimal of one to 15 digits, else -1; {@link #UNKNOWN} for any other token or string. One pass that
   * also finds, and remembers, the string's end, as {@link #asciiEnd()} does: AWS writes every time as a string.
   */
  long stringDigits() {
    if (!_tokenIncomplete || _currToken != JsonToken.VALUE_STRING) {
      return UNKNOWN;
    }
    byte[] b = _inputBuffer;
    int from = _inputPtr;
    int end = Math.min(_inputEnd, from + 17);
    long mantissa = 0;
    int point = -1;
    boolean plain = true;
    for (int i = from; i < end; i++) {
      int c = b[i];
      if (c >= '0' && c <= '9') {
        mantissa = mantissa * 10 + (c - '0');
      } else if (c == '"') {
        peekedAt = _currInputProcessed + from;
        peekedEnd = i;
        int length = i - from;
        int digits = point < 0 ? length : length - 1;
        if (!plain || digits == 0 || digits > 15) {
          return -1;
        }
        return mantissa << DECIMAL_BITS | (point < 0 ? 0 : i - point - 1);
      } else if (c < ' ' || c == '\\') {
        return UNKNOWN;
      } else if (c == '.' && point < 0) {
        point = i;
      } else {
        plain = false;
      }
    }
    return UNKNOWN;
  }

  /** The buffer {@link #asciiEnd()} looks into. */
  byte[] bytes() {
    return _inputBuffer;
  }

  /** Where the current string value's bytes start in {@link #bytes()}. */
  int start() {
    return _inputPtr;
  }

  @Override
  protected void _skipString() throws JacksonException {
    if (peekedAt == _currInputProcessed + _inputPtr) {
      // A string peeked at holds no line break, so only the position moves.
      _tokenIncomplete = false;
      _inputPtr = peekedEnd + 1;
      return;
    }
    super._skipString();
  }

  /**
   * A plain number read here rather than by Jackson: its digits without the point, shifted left by {@link
   * #DECIMAL_BITS}, with the number of decimals in the low bits; and the token position it was read at.
   */
  private long plainDigits = -1;
  private long plainAt = -1;

  /** How many low bits of {@link #plainDigits()} count the decimals. */
  static final int DECIMAL_BITS = 5;

  /**
   * Reads a number that starts with a digit. One of at most 15 digits, with or without a fraction, that ends
   * inside the buffer at white space, a comma or the end of an array or object, is read here in one pass that also
   * keeps its value's digits (see {@link #plainDigits()}); Jackson itself reads any other, so that what it refuses
   * and how it reports it stay its own.
   */
  @Override
  protected JsonToken _parseUnsignedNumber(int first) throws JacksonException {
    plainAt = -1;
    lazyFrom = -1;
    byte[] b = _inputBuffer;
    int start = _inputPtr - 1;
    int end = _inputEnd;
    int i = _inputPtr;
    long mantissa = first - '0';
    while (i < end && b[i] >= '0' && b[i] <= '9') {
      mantissa = mantissa * 10 + (b[i++] - '0');
    }
    int whole = i - start;
    int fraction = 0;
    if (i < end && b[i] == '.') {
      int point = i++;
      while (i < end && b[i] >= '0' && b[i] <= '9') {
        mantissa = mantissa * 10 + (b[i++] - '0');
      }
      fraction = i - point - 1;
    }
    // A leading zero before a digit, a point without digits after it, an exponent or a second point, a number at
    // the root or ending past the buffer: Jackson's.
    if (i >= end || start < 0 || b[start] != first || first == '0' && whole > 1 || b[i - 1] == '.' || whole + fraction > 15
        || !separator(b[i]) || _streamReadContext.inRoot()) {
      return super._parseUnsignedNumber(first);
    }
    // The characters are copied into the text buffer only when asked for (see numberText): most readers want the
    // value alone, and copying a few characters in a loop as long as the number cost more than reading it.
    _textBuffer.resetWithEmpty();
    lazyFrom = start;
    lazyLength = i - start;
    _inputPtr = i;
    plainDigits = mantissa << DECIMAL_BITS | fraction;
    plainAt = _tokenInputTotal;
    return fraction > 0 ? resetFloat(false, whole, fraction, 0) : resetInt(false, whole);
  }

  /** Where in the buffer the bytes of the number read last start, while its characters are not yet copied. */
  private int lazyFrom = -1;
  private int lazyLength;

  /**
   * Copies the characters of the number read last into the text buffer, when it is the current token and they
   * are not there yet; every reading of the text buffer below comes here first. The bytes are still in the buffer:
   * it is refilled only on moving to another token.
   */
  private void numberText() {
    if (lazyFrom < 0) {
      return;
    }
    JsonToken t = _currToken;
    if ((t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) && plainAt == _tokenInputTotal) {
      char[] chars = _textBuffer.emptyAndGetCurrentSegment();
      if (chars.length < lazyLength) {
        chars = _textBuffer.expandCurrentSegment(lazyLength);
      }
      for (int k = 0; k < lazyLength; k++) {
        chars[k] = (char) _inputBuffer[lazyFrom + k];
      }
      _textBuffer.setCurrentLength(lazyLength);
    }
    lazyFrom = -1;
  }

  @Override
  public String getString() throws JacksonException {
    numberText();
    return super.getString();
  }

  @Override
  public int getString(Writer writer) throws JacksonException {
    numberText();
    return super.getString(writer);
  }

  @Override
  public long readString(Writer writer) throws JacksonException {
    numberText();
    return super.readString(writer);
  }

  @Override
  public char[] getStringCharacters() throws JacksonException {
    numberText();
    return super.getStringCharacters();
  }

  @Override
  public int getStringLength() throws JacksonException {
    numberText();
    return super.getStringLength();
  }

  @Override
  public int getStringOffset() throws JacksonException {
    numberText();
    return super.getStringOffset();
  }

  @Override
  public String getValueAsString() throws JacksonException {
    numberText();
    return super.getValueAsString();
  }

  @Override
  public String getValueAsString(String defaultValue) throws JacksonException {
    numberText();
    return super.getValueAsString(defaultValue);
  }

  @Override
  public Object getNumberValueDeferred() {
    numberText();
    return super.getNumberValueDeferred();
  }

  @Override
  protected void _parseNumericValue(int expectedType) throws JacksonException {
    numberText();
    super._parseNumericValue(expectedType);
  }

  @Override
  protected int _parseIntValue() throws JacksonException {
    numberText();
    return super._parseIntValue();
  }

  /** What may follow a number in an array or object, white space included. */
  private static boolean separator(byte c) {
    return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t';
  }

  /**
   * When the current token is a number that {@link #_parseUnsignedNumber} read: its digits without the point,
   * shifted left by {@link #DECIMAL_BITS}, and the number of decimals in the low bits; else -1.
   */
  long plainDigits() {
    JsonToken t = _currToken;
    if ((t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) && plainAt == _tokenInputTotal
        && !_numberNegative && _expLength == 0 && _fractLength == (int) (plainDigits & ((1 << DECIMAL_BITS) - 1))) {
      return plainDigits;
    }
    return -1;
  }

  /**
   * For a number token without sign or exponent: its integer digits in the high half and its fraction digits in
   * the low half; -1 for any other token. The digits are the token's characters, with a point between the two
   * runs when there is a fraction.
   */
  long numberShape() {
    JsonToken t = _currToken;
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT || _numberNegative || _expLength != 0
        || _numberIsNaN) {
      return -1;
    }
    return (long) _intLength << 32 | _fractLength;
  }
}
