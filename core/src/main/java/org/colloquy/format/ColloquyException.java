package org.colloquy.format;

/**
 * The one exception Colloquy throws for input it cannot use: an unknown or undetectable format, a format that
 * cannot write, and (as {@link ColloquyParseException}) unreadable input.
 */
public class ColloquyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** An exception with a message that says what is wrong and, where it can, how to fix it. */
  public ColloquyException(String message) {
    super(message);
  }

  /** An exception caused by another. */
  public ColloquyException(String message, Throwable cause) {
    super(message, cause);
  }
}
