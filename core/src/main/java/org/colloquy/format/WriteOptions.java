package org.colloquy.format;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;

/**
 * How to write an episode. Immutable; formats document the options they understand (such as the longest caption
 * line) and ignore the others.
 */
public final class WriteOptions {

  private static final WriteOptions DEFAULTS = new WriteOptions(ImmutableMap.of());

  private final ImmutableMap<String, String> options;

  private WriteOptions(ImmutableMap<String, String> options) {
    this.options = options;
  }

  /** No options: every format writes its usual way. */
  public static WriteOptions defaults() {
    return DEFAULTS;
  }

  /** These options with {@code name} set to {@code value}. */
  public WriteOptions with(String name, String value) {
    return new WriteOptions(ImmutableMap.<String, String>builder().putAll(options).put(name, value)
        .buildKeepingLast());
  }

  /** An option's value. */
  public Optional<String> get(String name) {
    return Optional.ofNullable(options.get(name));
  }

  /** An option read as a whole number, or {@code fallback} when unset. */
  public int getInt(String name, int fallback) {
    String value = options.get(name);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new ColloquyException("write option " + name + " must be a whole number, was \"" + value + "\"");
    }
  }

  /** An option read as true or false, or {@code fallback} when unset. */
  public boolean getBoolean(String name, boolean fallback) {
    String value = options.get(name);
    return value == null ? fallback : Boolean.parseBoolean(value.strip());
  }

  /** All options. Unmodifiable. */
  public Map<String, String> asMap() {
    return options;
  }

  @Override
  public String toString() {
    return "WriteOptions" + options;
  }
}
