package org.colloquy.parsers.common;

import java.nio.charset.StandardCharsets;

/**
 * One instance per distinct short text of a read, so that the hundred-thousandth "the" of a word-level transcript
 * costs a reference rather than another string. Bounded, so a hostile file of distinct words cannot grow it
 * without limit. Not thread-safe: one pool serves one read. Internal.
 */
public final class TextPool {

  private static final int MAX_ENTRIES = 65_536;
  private static final int MAX_LENGTH = 32;

  // Open addressing over the characters, so that a parser's buffer can be looked up without making a string; each
  // entry's characters are kept beside it, so a comparison reads an array rather than calling charAt.
  private String[] table = new String[1024];
  private char[][] texts = new char[1024][];
  private int[] hashes = new int[1024];
  private int size;

  /** The pooled instance equal to {@code text}, or {@code text} itself. */
  public String share(String text) {
    int n = text.length();
    if (n > MAX_LENGTH) {
      return text;
    }
    int hash = hash(text);
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
    int hash = hash(chars, offset, length);
    int mask = table.length - 1;
    for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
      String known = table[i];
      if (known == null) {
        String made = new String(chars, offset, length);
        add(i, hash, made);
        return made;
      }
      if (hashes[i] == hash && matches(texts[i], chars, offset, length)) {
        return known;
      }
    }
  }

  /**
   * The pooled string equal to the ASCII bytes {@code bytes[offset, offset + length)}, made (and pooled) on first
   * sight; the bytes must be printable, from 0x20 to 0x7F.
   */
  public String share(byte[] bytes, int offset, int length) {
    if (length == 0 || length > 16 || offset + 16 > bytes.length) {
      return shareLong(bytes, offset, length);
    }
    // The text as two longs, zero past its end (its bytes are never zero): its own key, compared at once.
    long first = (long) PeekingJsonParser.LONGS.get(bytes, offset) & -1L >>> (64 - 8 * Math.min(length, 8));
    long second = length <= 8 ? 0
        : (long) PeekingJsonParser.LONGS.get(bytes, offset + 8) & -1L >>> (64 - 8 * (length - 8));
    long mixed = (first * 0x9E37_79B9_7F4A_7C15L + second) * 0xC2B2_AE3D_27D4_EB4FL;
    int hash = (int) (mixed >>> 32);
    int mask = shortTable.length - 1;
    for (int i = hash & mask; ; i = (i + 1) & mask) {
      String known = shortTable[i];
      if (known == null) {
        String made = new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        addShort(i, first, second, made);
        return made;
      }
      if (shortFirst[i] == first && shortSecond[i] == second) {
        return known;
      }
    }
  }

  // Short ASCII texts keyed by their bytes, apart from the table of texts looked up by characters.
  private String[] shortTable = new String[1024];
  private long[] shortFirst = new long[1024];
  private long[] shortSecond = new long[1024];
  private int shortSize;

  private void addShort(int slot, long first, long second, String text) {
    if (shortSize >= MAX_ENTRIES) {
      return;
    }
    shortTable[slot] = text;
    shortFirst[slot] = first;
    shortSecond[slot] = second;
    if (++shortSize * 2 > shortTable.length) {
      String[] oldTable = shortTable;
      long[] oldFirst = shortFirst;
      long[] oldSecond = shortSecond;
      shortTable = new String[oldTable.length * 2];
      shortFirst = new long[oldTable.length * 2];
      shortSecond = new long[oldTable.length * 2];
      int mask = shortTable.length - 1;
      for (int i = 0; i < oldTable.length; i++) {
        if (oldTable[i] != null) {
          long mixed = (oldFirst[i] * 0x9E37_79B9_7F4A_7C15L + oldSecond[i]) * 0xC2B2_AE3D_27D4_EB4FL;
          int j = (int) (mixed >>> 32) & mask;
          while (shortTable[j] != null) {
            j = (j + 1) & mask;
          }
          shortTable[j] = oldTable[i];
          shortFirst[j] = oldFirst[i];
          shortSecond[j] = oldSecond[i];
        }
      }
    }
  }

  /** {@link #share(byte[], int, int)} for texts too long to key by two longs, looked up by characters. */
  private String shareLong(byte[] bytes, int offset, int length) {
    if (length > MAX_LENGTH) {
      return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }
    int hash = hash(bytes, offset, length);
    int mask = table.length - 1;
    for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
      String known = table[i];
      if (known == null) {
        String made = new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        add(i, hash, made);
        return made;
      }
      if (hashes[i] == hash && matches(texts[i], bytes, offset, length)) {
        return known;
      }
    }
  }

  private static boolean matches(char[] known, byte[] bytes, int offset, int length) {
    if (known.length != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (known[i] != bytes[offset + i]) {
        return false;
      }
    }
    return true;
  }

  private static int hash(byte[] bytes, int offset, int length) {
    int hash = length;
    int head = Math.min(length, 4);
    for (int i = 0; i < head; i++) {
      hash = 31 * hash + bytes[offset + i];
    }
    for (int i = Math.max(head, length - 4); i < length; i++) {
      hash = 31 * hash + bytes[offset + i];
    }
    return hash;
  }

  // A loop beats the vectorised Arrays.equals on words this short.
  private static boolean matches(char[] known, char[] chars, int offset, int length) {
    if (known.length != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (known[i] != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The length and the first and last four characters: enough to tell words apart, in constant time, where a
   * whole-text hash is a chain of multiplications as long as the word. Both kinds of look-up use it, so they meet.
   */
  private static int hash(char[] chars, int offset, int length) {
    int hash = length;
    int head = Math.min(length, 4);
    for (int i = 0; i < head; i++) {
      hash = 31 * hash + chars[offset + i];
    }
    for (int i = Math.max(head, length - 4); i < length; i++) {
      hash = 31 * hash + chars[offset + i];
    }
    return hash;
  }

  private static int hash(String text) {
    int length = text.length();
    int hash = length;
    int head = Math.min(length, 4);
    for (int i = 0; i < head; i++) {
      hash = 31 * hash + text.charAt(i);
    }
    for (int i = Math.max(head, length - 4); i < length; i++) {
      hash = 31 * hash + text.charAt(i);
    }
    return hash;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  private void add(int slot, int hash, String text) {
    if (size >= MAX_ENTRIES) {
      return;
    }
    table[slot] = text;
    texts[slot] = text.toCharArray();
    hashes[slot] = hash;
    if (++size * 2 > table.length) {
      String[] oldTable = table;
      char[][] oldTexts = texts;
      int[] oldHashes = hashes;
      table = new String[oldTable.length * 2];
      texts = new char[oldTable.length * 2][];
      hashes = new int[oldTable.length * 2];
      int mask = table.length - 1;
      for (int i = 0; i < oldTable.length; i++) {
        if (oldTable[i] != null) {
          int j = spread(oldHashes[i]) & mask;
          while (table[j] != null) {
            j = (j + 1) & mask;
          }
          table[j] = oldTable[i];
          texts[j] = oldTexts[i];
          hashes[j] = oldHashes[i];
        }
      }
    }
  }
}
