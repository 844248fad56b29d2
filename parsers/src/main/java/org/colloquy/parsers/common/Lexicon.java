package org.colloquy.parsers.common;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
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

  private final String[] table;
  private final int mask;
  private final int size;

  private Lexicon(String[] table, int size) {
    this.table = table;
    this.mask = table.length - 1;
    this.size = size;
  }

  /** Loaded by the JVM on first use, once, thread-safely. */
  private static final class English {
    static final Lexicon INSTANCE = load();

    private static Lexicon load() {
      try (InputStream raw = Lexicon.class.getResourceAsStream(RESOURCE)) {
        if (raw == null) {
          throw new IllegalStateException("the word list " + RESOURCE + " is missing from the jar");
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 64 * 1024), UTF_8));
        java.util.List<String> words = new java.util.ArrayList<>(80_000);
        for (String line; (line = in.readLine()) != null; ) {
          if (!line.isEmpty()) {
            words.add(line);
          }
        }
        return of(words);
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
    for (String ignored : words) {
      n++;
    }
    int capacity = Integer.highestOneBit(Math.max(4, n * 2 - 1)) << 1;
    String[] table = new String[capacity];
    int size = 0;
    for (String w : words) {
      String folded = fold(w);
      if (folded.isEmpty()) {
        continue;
      }
      int i = hash(folded, 0, folded.length()) & (capacity - 1);
      while (table[i] != null && !table[i].equals(folded)) {
        i = (i + 1) & (capacity - 1);
      }
      if (table[i] == null) {
        table[i] = folded;
        size++;
      }
    }
    return new Lexicon(table, size);
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
    int i = hash(s, from, to) & mask;
    int length = to - from;
    for (String w; (w = table[i]) != null; i = (i + 1) & mask) {
      if (w.length() == length && sameFolded(w, s, from)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameFolded(String w, CharSequence s, int from) {
    for (int k = 0; k < w.length(); k++) {
      if (w.charAt(k) != foldChar(s.charAt(from + k))) {
        return false;
      }
    }
    return true;
  }

  private static int hash(CharSequence s, int from, int to) {
    int h = 0;
    for (int k = from; k < to; k++) {
      h = 31 * h + foldChar(s.charAt(k));
    }
    return h ^ (h >>> 16);
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
