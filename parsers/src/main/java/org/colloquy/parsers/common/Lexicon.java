package org.colloquy.parsers.common;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * A set of known words, looked up without regard to case and without allocating, so a reader can test every word
 * of a large transcript. {@link #english()} is the English word list shipped in the jar (SCOWL size 50 via
 * Debian's {@code wamerican}; see {@code english-words-LICENSE.txt} beside it), loaded on first use, once.
 * Immutable and thread-safe.
 *
 * <p><b>Internal</b>: shared by the format packages, not part of Colloquy's API.
 */
public final class Lexicon {

  static final String RESOURCE = "english-words.txt.gz";

  /** Every word, folded, one after another. */
  private final char[] chars;
  /** Where word {@code w} starts in {@link #chars}; it ends where word {@code w + 1} starts. */
  private final int[] starts;
  /**
   * Open addressing by hash: a slot holds a word's hash in its high half and its index plus one in its low half,
   * so most probes that miss are rejected without touching the words.
   */
  private final long[] table;
  private final int mask;
  private final int size;

  private Lexicon(char[] chars, int[] starts, long[] table, int size) {
    this.chars = chars;
    this.starts = starts;
    this.table = table;
    this.mask = table.length - 1;
    this.size = size;
  }

  /** Loaded by the JVM on first use, once, thread-safely. */
  private static final class English {
    static final Lexicon INSTANCE = load();

    /**
     * Inflates the list in one go and indexes it in place: no reader, no string per word, so the first use costs
     * a few milliseconds rather than a noticeable pause.
     */
    private static Lexicon load() {
      try (InputStream raw = Lexicon.class.getResourceAsStream(RESOURCE)) {
        if (raw == null) {
          throw new IllegalStateException("the word list " + RESOURCE + " is missing from the jar");
        }
        String list = new String(new GZIPInputStream(raw, 64 * 1024).readAllBytes(), UTF_8);
        int lines = 1;
        for (int i = list.indexOf('\n'); i >= 0; i = list.indexOf('\n', i + 1)) {
          lines++;
        }
        Builder b = new Builder(lines, list.length());
        int from = 0;
        while (from <= list.length()) {
          int end = list.indexOf('\n', from);
          if (end < 0) {
            end = list.length();
          }
          b.add(list, from, end);
          from = end + 1;
        }
        return b.build();
      } catch (IOException e) {
        throw new UncheckedIOException("could not read the word list " + RESOURCE, e);
      }
    }
  }

  /** The built-in English word list. */
  public static Lexicon english() {
    return English.INSTANCE;
  }

  /** A lexicon of the given words (folded to lower case). */
  public static Lexicon of(Iterable<String> words) {
    int n = 0;
    int length = 0;
    for (String w : words) {
      n++;
      length += w.length();
    }
    Builder b = new Builder(n, length);
    for (String w : words) {
      b.add(w, 0, w.length());
    }
    return b.build();
  }

  /** Collects folded, distinct words into the arrays a {@link Lexicon} searches. */
  private static final class Builder {
    private final long[] table;
    private final int mask;
    private char[] chars;
    private int length;
    private int[] starts;
    private int size;

    Builder(int expectedWords, int expectedChars) {
      int capacity = Integer.highestOneBit(Math.max(4, expectedWords * 2 - 1)) << 1;
      table = new long[capacity];
      mask = capacity - 1;
      chars = new char[Math.max(16, expectedChars)];
      starts = new int[expectedWords + 1];
    }

    /** Adds {@code s[from, to)} with blanks around it stripped and its characters folded, unless present. */
    void add(CharSequence s, int from, int to) {
      while (from < to && Character.isWhitespace(s.charAt(from))) {
        from++;
      }
      while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
        to--;
      }
      if (from >= to) {
        return;
      }
      int n = to - from;
      if (length + n > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + n));
      }
      int h = 0;
      for (int k = 0; k < n; k++) {
        char c = foldChar(s.charAt(from + k));
        chars[length + k] = c;
        h = 31 * h + foldChar(c);
      }
      h = mix(h);
      int i = h & mask;
      for (long slot; (slot = table[i]) != 0; i = (i + 1) & mask) {
        int w = (int) slot - 1;
        if ((int) (slot >>> 32) == h && starts[w + 1] - starts[w] == n
            && Arrays.equals(chars, starts[w], starts[w + 1], chars, length, length + n)) {
          return;
        }
      }
      if (size + 2 > starts.length) {
        starts = Arrays.copyOf(starts, starts.length * 2 + 2);
      }
      table[i] = (long) h << 32 | (size + 1L);
      starts[size] = length;
      length += n;
      size++;
      starts[size] = length;
    }

    Lexicon build() {
      return new Lexicon(chars, starts, table, size);
    }
  }

  /** How many words it holds. */
  public int size() {
    return size;
  }

  /** Whether {@code word} is in the list, ignoring case ({@code ’} counts as {@code '}). */
  public boolean contains(CharSequence word) {
    return contains(word, 0, word.length());
  }

  /** Whether {@code s[from, to)} is in the list, ignoring case; allocates nothing. */
  public boolean contains(CharSequence s, int from, int to) {
    if (to <= from) {
      return false;
    }
    return contains(s, from, to, hash(s, from, to));
  }

  /** Like {@link #contains(CharSequence, int, int)}, with the range's {@link #hash} already computed. */
  boolean contains(CharSequence s, int from, int to, int hash) {
    int n = to - from;
    for (int i = hash & mask; ; i = (i + 1) & mask) {
      long slot = table[i];
      if (slot == 0) {
        return false;
      }
      if ((int) (slot >>> 32) == hash) {
        int w = (int) slot - 1;
        int start = starts[w];
        if (starts[w + 1] - start == n && sameFolded(start, s, from, n)) {
          return true;
        }
      }
    }
  }

  /** Like {@link #contains(CharSequence, int, int, int)}, for readers that scan an array. */
  boolean contains(char[] s, int from, int to, int hash) {
    int n = to - from;
    for (int i = hash & mask; ; i = (i + 1) & mask) {
      long slot = table[i];
      if (slot == 0) {
        return false;
      }
      if ((int) (slot >>> 32) == hash) {
        int w = (int) slot - 1;
        int start = starts[w];
        if (starts[w + 1] - start == n && sameFolded(start, s, from, n)) {
          return true;
        }
      }
    }
  }

  private boolean sameFolded(int start, char[] s, int from, int n) {
    char[] c = chars;
    for (int k = 0; k < n; k++) {
      char q = s[from + k];
      if (c[start + k] != (q < 0x80 ? FOLDED[q] : foldChar(q))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code s[from, to)} is in the list, ignoring case; allocates nothing. */
  boolean contains(char[] s, int from, int to) {
    int h = 0;
    for (int k = from; k < to; k++) {
      h = 31 * h + foldChar(s[k]);
    }
    return to > from && contains(s, from, to, mix(h));
  }

  private boolean sameFolded(int start, CharSequence s, int from, int n) {
    char[] c = chars;
    for (int k = 0; k < n; k++) {
      if (c[start + k] != foldChar(s.charAt(from + k))) {
        return false;
      }
    }
    return true;
  }

  /** The hash {@link #contains(CharSequence, int, int, int)} expects: of the folded characters, mixed. */
  static int hash(CharSequence s, int from, int to) {
    int h = 0;
    for (int k = from; k < to; k++) {
      h = 31 * h + foldChar(s.charAt(k));
    }
    return mix(h);
  }

  /** Finishes a hash accumulated as {@code h = 31 * h + foldChar(c)}. */
  static int mix(int h) {
    return h ^ (h >>> 16);
  }

  /** {@link #foldChar} of each ASCII character. */
  static final char[] FOLDED = new char[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      FOLDED[c] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
  }

  static char foldChar(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return c == '\u2019' ? '\'' : Character.toLowerCase(c);
  }

  static String fold(String word) {
    StringBuilder out = new StringBuilder(word.length());
    for (int k = 0; k < word.length(); k++) {
      out.append(foldChar(word.charAt(k)));
    }
    return out.toString().strip();
  }

  @Override
  public String toString() {
    return "Lexicon[" + size + " words]";
  }
}
