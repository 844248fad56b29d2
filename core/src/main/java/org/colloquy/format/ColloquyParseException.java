package org.colloquy.format;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.colloquy.model.Diagnostic;
import org.colloquy.model.SourceLocation;
import org.jspecify.annotations.Nullable;

/**
 * Input that cannot be read: names the source, the line and column, what was wrong (what was expected and what
 * was found, where the reader knows), and shows a short excerpt of the line. Strict reading throws one for the
 * first {@link Diagnostic} of severity warning or error.
 *
 * <pre>
 * interview.srt:12:14: expected a time like 00:01:02,500, found "00:61:99,000"
 *   | 00:00:10,000 --&gt; 00:61:99,000
 *   |                  ^
 * </pre>
 */
public final class ColloquyParseException extends ColloquyException {

  private static final long serialVersionUID = 1L;

  private final SourceLocation location;
  private final String problem;
  private final @Nullable String expected;
  private final @Nullable String found;
  private final String excerpt;
  private final transient @Nullable Diagnostic diagnostic;

  ColloquyParseException(SourceLocation location, String problem, @Nullable String expected,
      @Nullable String found, String excerpt, int caret, @Nullable Diagnostic diagnostic) {
    super(render(location, problem, excerpt, caret));
    this.location = requireNonNull(location, "location");
    this.problem = requireNonNull(problem, "problem");
    this.expected = expected;
    this.found = found;
    this.excerpt = requireNonNull(excerpt, "excerpt");
    this.diagnostic = diagnostic;
  }

  private static String render(SourceLocation location, String problem, String excerpt, int caret) {
    StringBuilder out = new StringBuilder().append(location).append(": ").append(problem);
    if (!excerpt.isEmpty()) {
      out.append("\n  | ").append(excerpt);
      out.append("\n  | ").append(" ".repeat(Math.max(0, Math.min(caret, excerpt.length())))).append('^');
    }
    return out.toString();
  }

  /** The source's name. */
  public String source() {
    return location.source();
  }

  /** The 1-based line. */
  public int line() {
    return location.line();
  }

  /** The 1-based column. */
  public int column() {
    return location.column();
  }

  /** Source, line and column together. */
  public SourceLocation location() {
    return location;
  }

  /** What was wrong, without the location. */
  public String problem() {
    return problem;
  }

  /** What the reader expected at that place, where it could say. */
  public Optional<String> expected() {
    return Optional.ofNullable(expected);
  }

  /** What the reader found there, where it could say. */
  public Optional<String> found() {
    return Optional.ofNullable(found);
  }

  /** The text around the place, at most a line; empty where the reader had none. */
  public String excerpt() {
    return excerpt;
  }

  /** The diagnostic that strict reading refused, when that is why this was thrown. */
  public Optional<Diagnostic> diagnostic() {
    return Optional.ofNullable(diagnostic);
  }
}
