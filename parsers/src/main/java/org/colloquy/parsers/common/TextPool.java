package org.colloquy.parsers.common;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance per distinct short text of a read, so that the hundred-thousandth "the" of a word-level transcript
 * costs a reference rather than another string. Bounded, so a hostile file of distinct words cannot grow it
 * without limit. Not thread-safe: one pool serves one read. Internal.
 */
public final class TextPool {

  private static final int MAX_ENTRIES = 65_536;
  private static final int MAX_LENGTH = 32;

  private final Map<String, String> pool = new HashMap<>();

  /** The pooled instance equal to {@code text}, or {@code text} itself. */
  public String share(String text) {
    if (text.length() > MAX_LENGTH) {
      return text;
    }
    String known = pool.get(text);
    if (known != null) {
      return known;
    }
    if (pool.size() < MAX_ENTRIES) {
      pool.put(text, text);
    }
    return text;
  }
}
