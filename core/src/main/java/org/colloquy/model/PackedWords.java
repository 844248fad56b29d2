package org.colloquy.model;

import com.google.common.collect.ImmutableList;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Packs the words of one segment into one byte array, because word-level recogniser files hold millions of words
 * and a {@link Word} object with its own string costs some 100 bytes for 6 bytes of text. Lossless: {@link
 * #decode} gives back words equal to those packed, and the bytes are a function of the words and the segment's
 * text alone, so that segments with equal text compare their words by comparing bytes.
 *
 * <p>Layout, in bytes: the word count (varint); a header (the flags every word has; {@link #MIXED} when some
 * differ; {@link #TILED} when the words are the segment's text split at its spaces and so need no text of their
 * own; {@link #FOUND} when each is in the text after the one before, as when a recogniser's words leave out its
 * punctuation, and so needs only its length and the characters skipped before it; {@link #UTF16} for texts UTF-8
 * cannot hold); when mixed, the flags that vary; the units (low nibble: times
 * are in 10<sup>k</sup> ns, the coarsest unit that divides them all; high nibble: confidences are in
 * 10<sup>-k</sup>, the fewest decimals that give them all back bit for bit, or {@link #RAW} for their 64 bits);
 * when there are times, the first (varint, in units) and the steps' bit width; the durations' and confidences'
 * widths when some word has them; when found, the lengths' and skips' widths; otherwise unless tiled, the lengths'
 * width, the texts' size (varint) and the words' texts run together. Then the words' fields, bit-packed at those widths: the flags that vary, the step from the
 * previous time to the start (zig-zag, since words may overlap), the duration, 10<sup>k</sup> minus the confidence
 * (so that the usual high confidences are small numbers), and unless tiled the text's length and, when found, the
 * characters skipped.
 */
final class PackedWords {

  /** No words. */
  static final byte[] NONE = new byte[0];

  private static final int START = 1;
  private static final int END = 2;
  private static final int CONFIDENCE = 4;
  private static final int INTERPOLATED = 8;
  private static final int MIXED = 0x10;
  private static final int TILED = 0x20;
  private static final int UTF16 = 0x40;
  private static final int RAW = 15;
  private static final int FOUND = 0x80;
  /**
   * Longs a word takes while packing: flags, start, end, confidence's bits, text length, confidence scaled, and
   * where found the characters skipped before it.
   */
  private static final int FIELDS = 7;
  private static final long[] POWERS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
      100_000_000L, 1_000_000_000L};

  /** The inverse of 5<sup>k</sup> modulo 2<sup>64</sup>, and the largest multiple of 5<sup>k</sup> over it. */
  private static final long[] INVERSE_FIVES = new long[POWERS.length];
  private static final long[] FIVES_LIMIT = new long[POWERS.length];

  static {
    for (int k = 0; k < POWERS.length; k++) {
      long five = POWERS[k] >>> k;
      long inverse = five;
      // Newton's iteration doubles the correct low bits each time: 3, 6, 12, 24, 48, 96.
      for (int i = 0; i < 5; i++) {
        inverse *= 2 - five * inverse;
      }
      INVERSE_FIVES[k] = inverse;
      FIVES_LIMIT[k] = Long.divideUnsigned(-1L, five);
    }
  }

  private PackedWords() {}

  /** Packs {@code words}, said in a segment whose text is {@code segmentText}. */
  static byte[] pack(List<Word> words, String segmentText) {
    int n = words.size();
    if (n == 0) {
      return NONE;
    }
    // Pass 1, the only one over the word objects but for texts that do not tile: their fields copied into one
    // array, what they share, the time unit, and whether they tile the text.
    long[] v = new long[FIELDS * n];
    int all = 0;
    int common = ~0;
    int unit = POWERS.length - 1;
    boolean tiled = true;
    int textAt = 0;
    for (int i = 0, at = 0; i < n; i++, at += FIELDS) {
      Word w = words.get(i);
      long start = w.startNanos();
      long end = w.endNanos();
      double c = w.rawConfidence();
      int f = (start >= 0 ? START : 0) | (end >= 0 ? END : 0) | (Double.isNaN(c) ? 0 : CONFIDENCE)
          | (w.interpolated() ? INTERPOLATED : 0);
      all |= f;
      common &= f;
      unit = coarsestUnit(end, coarsestUnit(start, unit));
      v[at] = f;
      v[at + 1] = start;
      v[at + 2] = end;
      v[at + 3] = Double.doubleToRawLongBits(c);
      if (tiled) {
        // Tiled: the words are the text split at its single spaces, so they come back from it. Compared a
        // character at a time: words are a few characters, shorter than a library call's set-up.
        String text = w.text();
        int length = text.length();
        if (i > 0) {
          tiled = textAt < segmentText.length() && segmentText.charAt(textAt) == ' ';
          textAt++;
        }
        if (tiled && textAt + length > segmentText.length()) {
          tiled = false;
        }
        for (int j = 0; tiled && j < length; j++) {
          char ch = text.charAt(j);
          tiled = ch != ' ' && ch == segmentText.charAt(textAt + j);
        }
        textAt += length;
      }
    }
    tiled &= textAt == segmentText.length();
    int varying = all & ~common;
    boolean found = !tiled && found(words, segmentText, v);
    boolean utf16 = !tiled && !found && !allWellFormed(words);

    // Pass 2: times as steps and durations in the unit, texts' lengths, and the width each field needs.
    long first = -1;
    long stepBits = 0;
    long durationBits = 0;
    long lengthBits = 0;
    long skipBits = 0;
    long textBytes = 0;
    long previous = 0;
    int timed = 0;
    int durations = 0;
    int confident = 0;
    for (int i = 0, at = 0; i < n; i++, at += FIELDS) {
      int f = (int) v[at];
      long start = (f & START) != 0 ? divide(v[at + 1], unit) : -1;
      long end = (f & END) != 0 ? divide(v[at + 2], unit) : -1;
      if (first < 0 && (start >= 0 || end >= 0)) {
        // The first time is written whole and the others as steps from it, which keeps the steps narrow.
        first = start >= 0 ? start : end;
        previous = first;
      }
      if (start >= 0) {
        timed++;
        long step = zigzag(start - previous);
        v[at + 1] = step;
        stepBits |= step;
        previous = start;
        if (end >= 0) {
          durations++;
          v[at + 2] = end - start;
          durationBits |= end - start;
          previous = end;
        }
      } else if (end >= 0) {
        // The model makes no such word today; kept as a step should it ever.
        timed++;
        long step = zigzag(end - previous);
        v[at + 1] = step;
        stepBits |= step;
        previous = end;
      }
      if ((f & CONFIDENCE) != 0) {
        confident++;
      }
      if (found) {
        lengthBits |= v[at + 4];
        skipBits |= v[at + 6];
      } else if (!tiled) {
        String text = words.get(i).text();
        long length = utf16 ? text.length() : utf8Length(text);
        v[at + 4] = length;
        lengthBits |= length;
        textBytes += utf16 ? 2 * length : length;
      }
    }
    // The confidences, at the fewest decimals that give them all back bit for bit. Once one does at some scale it
    // does at every larger one (the scaled value is the same integer times a power of ten, and dividing back
    // rounds the same rational number), so the scale only ever grows.
    int scale = 0;
    long confidenceBits = 0;
    for (int i = 0, at = 0; i < n && confident > 0; i++, at += FIELDS) {
      if (((int) v[at] & CONFIDENCE) == 0) {
        continue;
      }
      long raw = v[at + 3];
      long value;
      if (scale == RAW) {
        value = raw;
      } else {
        double c = Double.longBitsToDouble(raw);
        long q = Math.round(c * POWERS[scale]);
        // -0.0 fails here (it would come back as 0.0), and so goes raw.
        if (Double.doubleToRawLongBits(q / (double) POWERS[scale]) != raw) {
          scale = scale + 1 < POWERS.length ? scale + 1 : RAW;
          confidenceBits = 0;
          i = -1;
          at = -FIELDS;
          continue;
        }
        value = POWERS[scale] - q;
      }
      v[at + 5] = value;
      confidenceBits |= value;
    }
    int stepWidth = width(stepBits);
    int durationWidth = width(durationBits);
    int confidenceWidth = scale == RAW ? 64 : width(confidenceBits);
    int lengthWidth = tiled ? 0 : width(lengthBits);
    int skipWidth = width(skipBits);
    long bits = (long) n * Integer.bitCount(varying) + (long) timed * stepWidth + (long) durations * durationWidth
        + (long) confident * confidenceWidth + (long) n * (lengthWidth + skipWidth);

    // Pass 3: the header, the texts, then the fields, into an array of the exact size.
    boolean anyTime = (all & (START | END)) != 0;
    boolean anyDuration = (all & START) != 0 && (all & END) != 0;
    boolean anyConfidence = (all & CONFIDENCE) != 0;
    first = Math.max(first, 0);
    int headerBytes = varintBytes(n) + 2 + (varying != 0 ? 1 : 0) + (anyTime ? varintBytes(first) + 1 : 0)
        + (anyDuration ? 1 : 0) + (anyConfidence && scale != RAW ? 1 : 0) + (tiled ? 0 : found ? 2 : 1 + varintBytes(textBytes));
    Bits out = new Bits(Math.toIntExact(headerBytes + textBytes + (bits + 7) / 8));
    out.varint(n);
    out.put((varying != 0 ? MIXED : 0) | common | (tiled ? TILED : 0) | (found ? FOUND : 0) | (utf16 ? UTF16 : 0));
    if (varying != 0) {
      out.put(varying);
    }
    out.put(unit | scale << 4);
    if (anyTime) {
      out.varint(first);
      out.put(stepWidth);
    }
    if (anyDuration) {
      out.put(durationWidth);
    }
    if (anyConfidence && scale != RAW) {
      out.put(confidenceWidth);
    }
    if (found) {
      out.put(lengthWidth);
      out.put(skipWidth);
    } else if (!tiled) {
      out.put(lengthWidth);
      out.varint(textBytes);
      for (int i = 0; i < n; i++) {
        String text = words.get(i).text();
        if (utf16) {
          // By hand, since the UTF-16 encoder also replaces a lone surrogate.
          for (int c = 0; c < text.length(); c++) {
            out.put(text.charAt(c) >>> 8);
            out.put(text.charAt(c));
          }
        } else {
          out.bytes(text.getBytes(StandardCharsets.UTF_8));
        }
      }
    }
    for (int i = 0, at = 0; i < n; i++, at += FIELDS) {
      int f = (int) v[at];
      if (varying != 0) {
        for (int bit = 1; bit <= INTERPOLATED; bit <<= 1) {
          if ((varying & bit) != 0) {
            out.bits((f & bit) != 0 ? 1 : 0, 1);
          }
        }
      }
      if ((f & (START | END)) != 0) {
        out.bits(v[at + 1], stepWidth);
      }
      if ((f & (START | END)) == (START | END)) {
        out.bits(v[at + 2], durationWidth);
      }
      if ((f & CONFIDENCE) != 0) {
        out.bits(v[at + 5], confidenceWidth);
      }
      out.bits(v[at + 4], lengthWidth);
      out.bits(v[at + 6], skipWidth);
    }
    out.align();
    return out.toArray();
  }

  /**
   * Whether every word is in the segment's text, each after the one before, as when a recogniser's words leave out
   * the punctuation of its text; if so, notes each one's length and the characters skipped before it.
   */
  private static boolean found(List<Word> words, String segmentText, long[] v) {
    int textAt = 0;
    for (int i = 0, at = 0, n = words.size(); i < n; i++, at += FIELDS) {
      String text = words.get(i).text();
      int where = segmentText.indexOf(text, textAt);
      if (where < 0) {
        return false;
      }
      v[at + 4] = text.length();
      v[at + 6] = where - textAt;
      textAt = where + text.length();
    }
    return true;
  }

  private static int varintBytes(long v) {
    return Math.max(1, (64 - Long.numberOfLeadingZeros(v) + 6) / 7);
  }

  /**
   * The largest {@code k <= unit} such that 10<sup>k</sup> divides {@code nanos} (absent times divide by all):
   * 2<sup>k</sup> divides it when k is at most its trailing zero bits, and 5<sup>k</sup> when multiplying by the
   * inverse of 5<sup>k</sup> gives a number no larger than the quotient could be. No division.
   */
  private static int coarsestUnit(long nanos, int unit) {
    if (nanos <= 0) {
      return unit;
    }
    int k = Math.min(unit, Long.numberOfTrailingZeros(nanos));
    while (k > 0 && Long.compareUnsigned(nanos * INVERSE_FIVES[k], FIVES_LIMIT[k]) > 0) {
      k--;
    }
    return k;
  }

  private static boolean allWellFormed(List<Word> words) {
    for (int i = 0, n = words.size(); i < n; i++) {
      if (!wellFormed(words.get(i).text())) {
        return false;
      }
    }
    return true;
  }

  /** Whether UTF-8 can hold {@code text}: it has no surrogate without its pair. */
  private static boolean wellFormed(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private static int utf8Length(String text) {
    int bytes = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  /**
   * {@code v / 10^k} for a {@code v >= 0} that 10<sup>k</sup> divides, as {@link #coarsestUnit} chose {@code k}:
   * the division is exact, so a shift and a multiplication by the inverse of 5<sup>k</sup> give it.
   */
  private static long divide(long v, int k) {
    return (v >>> k) * INVERSE_FIVES[k];
  }

  private static int width(long orOfValues) {
    return 64 - Long.numberOfLeadingZeros(orOfValues);
  }

  private static long zigzag(long v) {
    return (v << 1) ^ (v >> 63);
  }

  private static long unzigzag(long v) {
    return (v >>> 1) ^ -(v & 1);
  }

  /** How many words {@code packed} holds. */
  static int size(byte[] packed) {
    return packed.length == 0 ? 0 : (int) new Reader(packed).varint();
  }

  /** Whether the words in {@code packed} are their segment's text split at its spaces (for tests). */
  static boolean tiled(byte[] packed) {
    if (packed.length == 0) {
      return false;
    }
    Reader in = new Reader(packed);
    in.varint();
    return (in.next() & TILED) != 0;
  }

  /** The words packed in {@code packed} for a segment whose text is {@code segmentText}, decoded afresh. */
  static List<Word> decode(byte[] packed, String segmentText) {
    if (packed.length == 0) {
      return ImmutableList.of();
    }
    Reader in = new Reader(packed);
    int n = (int) in.varint();
    int header = in.next();
    int varying = (header & MIXED) != 0 ? in.next() : 0;
    int common = header & (START | END | CONFIDENCE | INTERPOLATED);
    boolean tiled = (header & TILED) != 0;
    boolean found = (header & FOUND) != 0;
    boolean utf16 = (header & UTF16) != 0;
    int units = in.next();
    long time = POWERS[units & 0x0F];
    int scale = units >>> 4;
    int all = common | varying;
    long previous = 0;
    int stepWidth = 0;
    if ((all & (START | END)) != 0) {
      previous = in.varint();
      stepWidth = in.next();
    }
    int durationWidth = (all & START) != 0 && (all & END) != 0 ? in.next() : 0;
    int confidenceWidth = (all & CONFIDENCE) == 0 ? 0 : scale == RAW ? 64 : in.next();
    int lengthWidth = 0;
    int skipWidth = 0;
    int textAt = 0;
    if (found) {
      lengthWidth = in.next();
      skipWidth = in.next();
    } else if (!tiled) {
      lengthWidth = in.next();
      int textBytes = (int) in.varint();
      textAt = in.at;
      in.at += textBytes;
    }

    Word[] words = new Word[n];
    for (int i = 0; i < n; i++) {
      int f = common;
      for (int bit = 1; bit <= INTERPOLATED; bit <<= 1) {
        if ((varying & bit) != 0 && in.bits(1) != 0) {
          f |= bit;
        }
      }
      long start = -1;
      long end = -1;
      if ((f & START) != 0) {
        previous += unzigzag(in.bits(stepWidth));
        start = previous * time;
        if ((f & END) != 0) {
          previous += in.bits(durationWidth);
          end = previous * time;
        }
      } else if ((f & END) != 0) {
        previous += unzigzag(in.bits(stepWidth));
        end = previous * time;
      }
      double confidence = Double.NaN;
      if ((f & CONFIDENCE) != 0) {
        long c = in.bits(confidenceWidth);
        confidence = scale == RAW ? Double.longBitsToDouble(c) : (POWERS[scale] - c) / (double) POWERS[scale];
      }
      String text;
      if (tiled) {
        int space = segmentText.indexOf(' ', textAt);
        int stop = space < 0 ? segmentText.length() : space;
        text = segmentText.substring(textAt, stop);
        textAt = stop + 1;
      } else if (found) {
        int length = (int) in.bits(lengthWidth);
        textAt += (int) in.bits(skipWidth);
        text = segmentText.substring(textAt, textAt + length);
        textAt += length;
      } else if (utf16) {
        char[] chars = new char[(int) in.bits(lengthWidth)];
        for (int c = 0; c < chars.length; c++, textAt += 2) {
          chars[c] = (char) ((packed[textAt] & 0xFF) << 8 | packed[textAt + 1] & 0xFF);
        }
        text = new String(chars);
      } else {
        int length = (int) in.bits(lengthWidth);
        text = new String(packed, textAt, length, StandardCharsets.UTF_8);
        textAt += length;
      }
      words[i] = Word.unpacked(text, start, end, confidence, (f & INTERPOLATED) != 0);
    }
    return ImmutableList.copyOf(words);
  }

  /** Bytes and little-endian bit fields, written into a growing array. */
  private static final class Bits {
    private byte[] buffer;
    private int length;
    private long pending;
    private int pendingBits;

    Bits(int capacity) {
      buffer = new byte[capacity];
    }

    private void ensure(int more) {
      if (length + more > buffer.length) {
        buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
      }
    }

    void put(int b) {
      ensure(1);
      buffer[length++] = (byte) b;
    }

    /** An unsigned LEB128 varint: 7 bits a byte, low first, the high bit saying more follow. */
    void varint(long v) {
      while ((v & ~0x7FL) != 0) {
        put((int) ((v & 0x7F) | 0x80));
        v >>>= 7;
      }
      put((int) v);
    }

    /** The low {@code width} bits of {@code v}. */
    void bits(long v, int width) {
      if (width > 56) {
        bits(v & 0xFFFF_FFFFL, 32);
        bits(v >>> 32, width - 32);
        return;
      }
      // Fewer than 8 bits wait in pending, so up to 56 more fit.
      pending |= (v & ((1L << width) - 1)) << pendingBits;
      pendingBits += width;
      if (pendingBits >= 8) {
        int whole = pendingBits >>> 3;
        ensure(whole);
        byte[] b = buffer;
        for (int i = 0; i < whole; i++) {
          b[length++] = (byte) pending;
          pending >>>= 8;
        }
        pendingBits &= 7;
      }
    }

    /** Flushes a part-filled byte. */
    void align() {
      if (pendingBits > 0) {
        put((int) pending);
        pending = 0;
        pendingBits = 0;
      }
    }

    void bytes(byte[] more) {
      ensure(more.length);
      System.arraycopy(more, 0, buffer, length, more.length);
      length += more.length;
    }

    byte[] toArray() {
      return length == buffer.length ? buffer : Arrays.copyOf(buffer, length);
    }
  }

  /** A cursor over packed bytes and bit fields. */
  private static final class Reader {
    private final byte[] data;
    int at;
    private long pending;
    private int pendingBits;

    Reader(byte[] data) {
      this.data = data;
    }

    int next() {
      return data[at++] & 0xFF;
    }

    long varint() {
      long v = 0;
      for (int shift = 0; ; shift += 7) {
        int b = next();
        v |= (long) (b & 0x7F) << shift;
        if (b < 0x80) {
          return v;
        }
      }
    }

    long bits(int width) {
      if (width > 56) {
        long low = bits(32);
        return low | bits(width - 32) << 32;
      }
      while (pendingBits < width) {
        pending |= (long) (data[at++] & 0xFF) << pendingBits;
        pendingBits += 8;
      }
      long v = pending & ((1L << width) - 1);
      pending >>>= width;
      pendingBits -= width;
      return v;
    }
  }
}
