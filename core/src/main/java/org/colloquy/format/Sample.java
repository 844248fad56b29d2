package org.colloquy.format;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;

/**
 * What a format sees when asked whether it can read a source: the source's name and the start of its text (at most
 * {@link #MAX_LENGTH} characters, decoded, with line ends as {@code \n}).
 *
 * @param name the source's name, usually a file name; may be empty
 * @param head the start of the text
 * @param complete whether {@code head} is the whole text
 */
public record Sample(String name, String head, boolean complete) {

  /** How much text a sample holds at most. */
  public static final int MAX_LENGTH = 64 * 1024;

  public Sample {
    requireNonNull(name, "name");
    requireNonNull(head, "head");
  }

  /** A sample of a whole (short) text. */
  public static Sample of(String name, String text) {
    return text.length() <= MAX_LENGTH
        ? new Sample(name, text, true)
        : new Sample(name, text.substring(0, MAX_LENGTH), false);
  }

  /** The name's extension in lower case, without the dot. */
  public Optional<String> extension() {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    int dot = name.lastIndexOf('.');
    return dot > slash && dot < name.length() - 1
        ? Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT))
        : Optional.empty();
  }

  @Override
  public String toString() {
    return "Sample[" + name + ", " + head.length() + " chars" + (complete ? "" : ", truncated") + "]";
  }
}
