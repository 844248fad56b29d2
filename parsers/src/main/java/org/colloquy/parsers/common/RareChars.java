package org.colloquy.parsers.common;

/**
 * Where a few strings that caption text seldom holds (a tab, two spaces in a row, markup) occur in successive
 * ranges of one large text. {@link String#indexOf(int, int)} is vectorised but cannot be bounded, so searching a
 * whole file for a character it lacks streams all of it from memory, once per character; this searches windows
 * of the text small enough to stay in cache, each once per string, and remembers what it found. Ranges are best
 * asked about in order. One instance per text and read; not thread-safe. <b>Internal.</b>
 */
public final class RareChars {

  private static final int WINDOW = 1 << 15;

  private final String text;
  private final String[] wanted;
  // For each wanted string, none starts in [clearFrom, clearTo); clearTo is where one starts when found.
  private final int[] clearFrom;
  private final int[] clearTo;
  private final boolean[] found;
  private String window = "";
  private int windowFrom;
  private int windowTo;

  /** A finder of each of {@code wanted} (non-empty strings) in {@code text}. */
  public RareChars(String text, String... wanted) {
    this.text = text;
    this.wanted = wanted.clone();
    this.clearFrom = new int[wanted.length];
    this.clearTo = new int[wanted.length];
    this.found = new boolean[wanted.length];
  }

  /** Where the first occurrence of the {@code k}th wanted string that starts in {@code text[from, to)} starts, or -1. */
  public int find(int k, int from, int to) {
    if (from >= to) {
      return -1;
    }
    int clear = clearTo[k];
    if (from >= clearFrom[k] && from <= clear) {
      if (found[k]) {
        return clear < to ? clear : -1;
      }
      if (to <= clear) {
        return -1;
      }
    }
    String w = wanted[k];
    int reach = Math.min(text.length(), to + w.length() - 1);
    if (from < windowFrom || reach > windowTo) {
      windowFrom = from;
      windowTo = Math.min(text.length(), Math.max(from + WINDOW, reach));
      window = text.substring(windowFrom, windowTo);
    }
    int at = w.length() == 1 ? window.indexOf(w.charAt(0), from - windowFrom) : window.indexOf(w, from - windowFrom);
    clearFrom[k] = from;
    if (at >= 0) {
      found[k] = true;
      clearTo[k] = windowFrom + at;
      return windowFrom + at < to ? windowFrom + at : -1;
    }
    // The window ends the search: an occurrence could start in its last characters and run past it.
    found[k] = false;
    clearTo[k] = windowTo == text.length() ? windowTo : windowTo - w.length() + 1;
    return -1;
  }

  /** Whether none of the wanted strings {@code [0, count)} starts in {@code text[from, to)}. */
  public boolean noneIn(int count, int from, int to) {
    for (int k = 0; k < count; k++) {
      if (find(k, from, to) >= 0) {
        return false;
      }
    }
    return true;
  }
}
