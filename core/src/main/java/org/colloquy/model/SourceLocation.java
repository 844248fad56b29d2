package org.colloquy.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * Where something came from in a source file, so a citation can point back into it.
 *
 * @param source the source's name, usually a file name
 * @param line the 1-based line
 * @param column the 1-based column
 */
public record SourceLocation(String source, int line, int column) {

  public SourceLocation {
    requireNonNull(source, "source");
    checkArgument(line >= 1, "line must be at least 1, was %s", line);
    checkArgument(column >= 1, "column must be at least 1, was %s", column);
  }

  /** {@code source:line:column}, the form compilers and editors understand. */
  @Override
  public String toString() {
    return source + ":" + line + ":" + column;
  }
}
