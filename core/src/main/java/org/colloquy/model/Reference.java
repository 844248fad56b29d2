package org.colloquy.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * Something attached to a segment that is not what was said: a link inserted into a transcript, an editor's note.
 *
 * @param kind what it is
 * @param value the link or the note, as the source gave it
 */
public record Reference(Kind kind, String value) {

  /** What a reference is. */
  public enum Kind {
    /** A web address. */
    URL,
    /** A note by whoever produced the transcript. */
    NOTE
  }

  public Reference {
    requireNonNull(kind, "kind");
    requireNonNull(value, "value");
    checkArgument(!value.isBlank(), "a %s reference needs a value", kind);
  }

  /** A link. */
  public static Reference url(String url) {
    return new Reference(Kind.URL, url);
  }

  /** An editor's note. */
  public static Reference note(String note) {
    return new Reference(Kind.NOTE, note);
  }
}
