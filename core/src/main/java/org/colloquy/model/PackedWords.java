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
 * <p>Layout: the word count (varint); a header byte (the flags every word has, {@link #MIXED} when some differ,
 * {@link #TILED} when the words are the segment's text split at its spaces and so need no text of their own,
 * {@link #UTF16} for texts that UTF-8 cannot hold); when mixed, a byte with the flags that vary; a units byte (low
 * nibble: times are in 10<sup>k</sup> ns, the coarsest unit that divides them all; high nibble: confidences are in
 * 10<sup>-k</sup>, the fewest decimals that give them back bit for bit, or {@link #RAW} for their 64 bits); the
 * first time (varint) when there are times; one bit width for each field some word has (time steps, durations,
 * confidences, text lengths); then, bit-packed at those widths, per word: the flags that vary, the step from the
 * previous time to its start (zig-zag, since words may overlap), its duration, 10<sup>k</sup> minus its confidence (the usual high confidences are
 * small numbers), its text length; and unless tiled, the words' texts run together.
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
  private static final long[] POWERS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
      100_000_000L, 1_000_000_000L};

  private PackedWords() {}

  /** Packs {@code words}, said in a segment whose text is {@code segmentText}. */
  static byte[] pack(List<Word> words, String segmentText) {
    int n = words.size();
    if (n == 0) {
      return NONE;
    }
    int all = 0;
    int common = flags(words.get(0));
    int unit = POWERS.length - 1;
    for (int i = 0; i < n; i++) {
      Word w = words.get(i);
      int f = flags(w);
      all |= f;
      common &= f;
      unit = coarsestUnit(w.startNanos(), unit);
      unit = coarsestUnit(w.endNanos(), unit);
    }
    int varying = all & ~common;
    int scale = (all & CONFIDENCE) != 0 ? confidenceScale(words) : 0;
    boolean tiled = tiles(words, segmentText);
    boolean utf16 = !tiled && !allWellFormed(words);

    // The values first, to find each field's width.
    long[] steps = new long[n];
    long[] durations = new long[n];
    long[] confidences = new long[n];
    long[] lengths = new long[n];
    long stepBits = 0;
    long durationBits = 0;
    long confidenceBits = 0;
    long lengthBits = 0;
    long textBytes = 0;
    long time = POWERS[unit];
    // The first time is written whole and the others as steps from it, which keeps the steps' width small.
    long first = 0;
    for (int i = 0; i < n; i++) {
      Word w = words.get(i);
      if (w.startNanos() >= 0 || w.endNanos() >= 0) {
        first = (w.startNanos() >= 0 ? w.startNanos() : w.endNanos()) / time;
        break;
      }
    }
    long previous = first;
    for (int i = 0; i < n; i++) {
      Word w = words.get(i);
      // Absent times are -1, which a unit would divide to 0.
      long start = w.startNanos() < 0 ? -1 : w.startNanos() / time;
      long end = w.endNanos() < 0 ? -1 : w.endNanos() / time;
      if (start >= 0) {
        steps[i] = zigzag(start - previous);
        stepBits |= steps[i];
        previous = start;
      }
      if (end >= 0) {
        if (start >= 0) {
          durations[i] = end - start;
          durationBits |= durations[i];
        } else {
          // The model makes no such word today; kept in the steps' field should it ever.
          steps[i] = zigzag(end - previous);
          stepBits |= steps[i];
        }
        previous = end;
      }
      double c = w.rawConfidence();
      if (!Double.isNaN(c)) {
        confidences[i] = scale == RAW ? Double.doubleToRawLongBits(c) : POWERS[scale] - Math.round(c * POWERS[scale]);
        confidenceBits |= confidences[i];
      }
      if (!tiled) {
        String text = w.text();
        lengths[i] = utf16 ? text.length() : utf8Length(text);
        lengthBits |= lengths[i];
        textBytes += lengths[i];
      }
    }
    int stepWidth = width(stepBits);
    int durationWidth = width(durationBits);
    int confidenceWidth = scale == RAW ? 64 : width(confidenceBits);
    int lengthWidth = width(lengthBits);

    Bits out = new Bits((int) Math.min(Integer.MAX_VALUE - 8, 16 + n * 8L + textBytes * 2));
    out.varint(n);
    out.put((varying != 0 ? MIXED : 0) | common | (tiled ? TILED : 0) | (utf16 ? UTF16 : 0));
    if (varying != 0) {
      out.put(varying);
    }
    out.put(unit | scale << 4);
    if ((all & (START | END)) != 0) {
      out.varint(first);
      out.put(stepWidth);
    }
    if ((all & START) != 0 && (all & END) != 0) {
      out.put(durationWidth);
    }
    if ((all & CONFIDENCE) != 0 && scale != RAW) {
      out.put(confidenceWidth);
    }
    if (!tiled) {
      out.put(lengthWidth);
    }
    for (int i = 0; i < n; i++) {
      Word w = words.get(i);
      int f = flags(w);
      for (int bit = 1; bit <= INTERPOLATED; bit <<= 1) {
        if ((varying & bit) != 0) {
          out.bits((f & bit) != 0 ? 1 : 0, 1);
        }
      }
      if ((f & START) != 0 || (f & END) != 0) {
        out.bits(steps[i], stepWidth);
      }
      if ((f & START) != 0 && (f & END) != 0) {
        out.bits(durations[i], durationWidth);
      }
      if ((f & CONFIDENCE) != 0) {
        out.bits(confidences[i], confidenceWidth);
      }
      if (!tiled) {
        out.bits(lengths[i], lengthWidth);
      }
    }
    out.align();
    for (int i = 0; i < n && !tiled; i++) {
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
    return out.toArray();
  }

  private static int flags(Word w) {
    return (w.startNanos() >= 0 ? START : 0) | (w.endNanos() >= 0 ? END : 0)
        | (Double.isNaN(w.rawConfidence()) ? 0 : CONFIDENCE) | (w.interpolated() ? INTERPOLATED : 0);
  }

  /** The largest {@code k <= unit} such that 10<sup>k</sup> divides {@code nanos} (absent times divide by all). */
  private static int coarsestUnit(long nanos, int unit) {
    int k = unit;
    while (k > 0 && nanos > 0 && nanos % POWERS[k] != 0) {
      k--;
    }
    return k;
  }

  /** The fewest decimals that give every confidence back bit for bit, or {@link #RAW}. */
  private static int confidenceScale(List<Word> words) {
    for (int k = 0; k < POWERS.length; k++) {
      if (allAtScale(words, POWERS[k])) {
        return k;
      }
    }
    return RAW;
  }

  private static boolean allAtScale(List<Word> words, long scale) {
    for (int i = 0, n = words.size(); i < n; i++) {
      double c = words.get(i).rawConfidence();
      // -0.0 fails here (it would come back as 0.0), and so goes raw.
      if (!Double.isNaN(c)
          && Double.doubleToRawLongBits(Math.round(c * scale) / (double) scale) != Double.doubleToRawLongBits(c)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the words are {@code text} split at its single spaces. */
  private static boolean tiles(List<Word> words, String text) {
    int at = 0;
    for (int i = 0, n = words.size(); i < n; i++) {
      String w = words.get(i).text();
      if (i > 0) {
        if (at >= text.length() || text.charAt(at) != ' ') {
          return false;
        }
        at++;
      }
      if (w.indexOf(' ') >= 0 || !text.startsWith(w, at)) {
        return false;
      }
      at += w.length();
    }
    return at == text.length();
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
    int units = in.next();
    long time = POWERS[units & 0x0F];
    int scale = units >>> 4;
    int all = common | varying;
    long previous = (all & (START | END)) != 0 ? in.varint() : 0;
    int stepWidth = (all & (START | END)) != 0 ? in.next() : 0;
    int durationWidth = (all & START) != 0 && (all & END) != 0 ? in.next() : 0;
    int confidenceWidth = (all & CONFIDENCE) == 0 ? 0 : scale == RAW ? 64 : in.next();
    int lengthWidth = tiled ? 0 : in.next();

    long[] starts = new long[n];
    long[] ends = new long[n];
    double[] confidences = new double[n];
    int[] flags = new int[n];
    int[] lengths = tiled ? null : new int[n];
    for (int i = 0; i < n; i++) {
      int f = common;
      for (int bit = 1; bit <= INTERPOLATED; bit <<= 1) {
        if ((varying & bit) != 0 && in.bits(1) != 0) {
          f |= bit;
        }
      }
      flags[i] = f;
      starts[i] = -1;
      ends[i] = -1;
      if ((f & START) != 0) {
        previous += unzigzag(in.bits(stepWidth));
        starts[i] = previous * time;
        if ((f & END) != 0) {
          previous += in.bits(durationWidth);
          ends[i] = previous * time;
        }
      } else if ((f & END) != 0) {
        previous += unzigzag(in.bits(stepWidth));
        ends[i] = previous * time;
      }
      confidences[i] = Double.NaN;
      if ((f & CONFIDENCE) != 0) {
        long c = in.bits(confidenceWidth);
        confidences[i] = scale == RAW ? Double.longBitsToDouble(c) : (POWERS[scale] - c) / (double) POWERS[scale];
      }
      if (lengths != null) {
        lengths[i] = (int) in.bits(lengthWidth);
      }
    }
    in.align();

    Word[] words = new Word[n];
    int at = in.at;
    int textAt = 0;
    boolean utf16 = (header & UTF16) != 0;
    for (int i = 0; i < n; i++) {
      String text;
      if (lengths == null) {
        int space = segmentText.indexOf(' ', textAt);
        int stop = space < 0 ? segmentText.length() : space;
        text = segmentText.substring(textAt, stop);
        textAt = stop + 1;
      } else if (utf16) {
        char[] chars = new char[lengths[i]];
        for (int c = 0; c < chars.length; c++, at += 2) {
          chars[c] = (char) ((packed[at] & 0xFF) << 8 | packed[at + 1] & 0xFF);
        }
        text = new String(chars);
      } else {
        text = new String(packed, at, lengths[i], StandardCharsets.UTF_8);
        at += lengths[i];
      }
      words[i] = Word.unpacked(text, starts[i], ends[i], confidences[i], (flags[i] & INTERPOLATED) != 0);
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
      for (int left = width; left > 0; ) {
        int take = Math.min(left, 8);
        pending |= (v & ((1L << take) - 1)) << pendingBits;
        pendingBits += take;
        v >>>= take;
        left -= take;
        if (pendingBits >= 8) {
          put((int) pending);
          pending >>>= 8;
          pendingBits -= 8;
        }
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
      return Arrays.copyOf(buffer, length);
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
      long v = 0;
      for (int done = 0; done < width; ) {
        if (pendingBits == 0) {
          pending = next();
          pendingBits = 8;
        }
        int take = Math.min(width - done, pendingBits);
        v |= (pending & ((1L << take) - 1)) << done;
        pending >>>= take;
        pendingBits -= take;
        done += take;
      }
      return v;
    }

    /** Skips the rest of a part-read byte. */
    void align() {
      pendingBits = 0;
    }
  }
}
