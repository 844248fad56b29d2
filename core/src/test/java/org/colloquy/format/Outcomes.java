package org.colloquy.format;

import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.function.Supplier;

/** What a caller of a read can observe, for tests that compare two ways of reading the same bytes. */
final class Outcomes {

  private Outcomes() {}

  /** The text, or the failure's message and location; anything else thrown fails the test. */
  static Object outcome(Supplier<String> read) {
    String[] text = new String[1];
    Throwable t = catchThrowable(() -> text[0] = read.get());
    if (t == null) {
      return text[0];
    }
    if (t instanceof ColloquyParseException e) {
      return List.of(e.getMessage(), e.location());
    }
    throw new AssertionError(t);
  }
}
