package org.colloquy.parsers.common;


/**
 * One instance per distinct short text of a read, so that the hundred-thousandth "the" of a word-level transcript
 * costs a reference rather than another string. Bounded, so a hostile file of distinct words cannot grow it
 * without limit. Not thread-safe: one pool serves one read. Internal.
 */
public final class TextPool {

  private static final int MAX_ENTRIES = 65_536;
  private static final int MAX_LENGTH = 32;

  // Open addressing over the characters, so that a parser's buffer can be looked up without making a string.
  private String[] table = new String[1024];
  private int[] hashes = new int[1024];
  private int size;

  /** The pooled instance equal to {@code text}, or {@code text} itself. */
  public String share(String text) {
    int n = text.length();
    if (n > MAX_LENGTH) {
      return text;
    }
    int hash = text.hashCode();
    int mask = table.length - 1;
    for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
      String known = table[i];
      if (known == null) {
        add(i, hash, text);
        return text;
      }
      if (hashes[i] == hash && known.equals(text)) {
        return known;
      }
    }
  }

  /** The pooled string equal to {@code chars[offset, offset + length)}, made (and pooled) on first sight. */
  public String share(char[] chars, int offset, int length) {
    if (length > MAX_LENGTH) {
      return new String(chars, offset, length);
    }
    // String.hashCode's formula, so that both kinds of look-up meet.
    int hash = 0;
    for (int i = offset; i < offset + length; i++) {
      hash = 31 * hash + chars[i];
    }
    int mask = table.length - 1;
    for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
      String known = table[i];
      if (known == null) {
        String made = new String(chars, offset, length);
        add(i, hash, made);
        return made;
      }
      if (hashes[i] == hash && matches(known, chars, offset, length)) {
        return known;
      }
    }
  }

  private static boolean matches(String known, char[] chars, int offset, int length) {
    if (known.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (known.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  private void add(int slot, int hash, String text) {
    if (size >= MAX_ENTRIES) {
      return;
    }
    table[slot] = text;
    hashes[slot] = hash;
    if (++size * 2 > table.length) {
      String[] oldTable = table;
      int[] oldHashes = hashes;
      table = new String[oldTable.length * 2];
      hashes = new int[oldTable.length * 2];
      int mask = table.length - 1;
      for (int i = 0; i < oldTable.length; i++) {
        if (oldTable[i] != null) {
          int j = spread(oldHashes[i]) & mask;
          while (table[j] != null) {
            j = (j + 1) & mask;
          }
          table[j] = oldTable[i];
          hashes[j] = oldHashes[i];
        }
      }
    }
  }
}
