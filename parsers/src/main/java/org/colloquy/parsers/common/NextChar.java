package org.colloquy.parsers.common;

/**
 * Where one character next occurs in a large text, found by {@link String#indexOf(int, int)} (vectorised) and
 * remembered, so that asking about successive ranges of the text scans it about once rather than a character at
 * a time per range. One instance per character and read; not thread-safe. <b>Internal.</b>
 */
public final class NextChar {

  private final char wanted;
  private String text = "";
  // No occurrence lies in [scannedFrom, at); at is an occurrence or the text's length.
  private int scannedFrom = Integer.MAX_VALUE;
  private int at;

  /** A finder of {@code c}. */
  public NextChar(char c) {
    this.wanted = c;
  }

  /** The first index of the character in {@code s[from, to)}, or -1. */
  public int in(String s, int from, int to) {
    if (s != text || from < scannedFrom || at < from) {
      text = s;
      scannedFrom = from;
      int found = s.indexOf(wanted, from);
      at = found < 0 ? s.length() : found;
    }
    return at < to ? at : -1;
  }
}
