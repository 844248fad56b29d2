package org.colloquy.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Something a reader skipped, repaired, guessed or noted while reading a source. Lenient reading keeps every such
 * thing here, so nothing the user gave is silently lost; strict reading throws at the first warning or error.
 *
 * @param severity how much it matters
 * @param code a short stable identifier of the kind of thing, such as {@code speaker-guess} or {@code ligature-repair}
 * @param message what happened, naming the text involved
 * @param location where in the source, when known
 */
public record Diagnostic(Severity severity, String code, String message, Optional<SourceLocation> location) {

  /** How much a diagnostic matters. */
  public enum Severity {
    /** Noted for the record; the input was read as it stands. Strict reading accepts it. */
    INFO,
    /** Input that was repaired, guessed at or set aside. Strict reading rejects it. */
    WARNING,
    /** Input that could not be understood at all and was kept only here. Strict reading rejects it. */
    ERROR
  }

  public Diagnostic {
    requireNonNull(severity, "severity");
    requireNonNull(code, "code");
    requireNonNull(message, "message");
    requireNonNull(location, "location");
  }

  /** A diagnostic at a location. */
  public static Diagnostic of(Severity severity, String code, String message, SourceLocation location) {
    return new Diagnostic(severity, code, message, Optional.of(location));
  }

  /** A diagnostic about the source as a whole. */
  public static Diagnostic of(Severity severity, String code, String message) {
    return new Diagnostic(severity, code, message, Optional.empty());
  }

  @Override
  public String toString() {
    return severity + location.map(l -> " " + l).orElse("") + " [" + code + "] " + message;
  }
}
