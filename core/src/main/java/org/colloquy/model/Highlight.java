package org.colloquy.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A takeaway of an episode as a summary page or a recogniser states it: a headline, a key point, an idea worth
 * remembering.
 *
 * @param kind what sort of takeaway
 * @param title its short title, when it has one
 * @param text the takeaway itself
 * @param span where in the episode it applies, when known
 */
public record Highlight(Kind kind, Optional<String> title, String text, Optional<TimeSpan> span) {

  /** What sort of takeaway a highlight is. */
  public enum Kind {
    /** The one-line summary of the whole episode. */
    HEADLINE,
    /** One of a few points on what the episode is about. */
    KEY_POINT,
    /** An idea worth remembering: a title and its explanation. */
    TAKEAWAY,
    /** A phrase a recogniser or editor marked as important. */
    HIGHLIGHT
  }

  public Highlight {
    requireNonNull(kind, "kind");
    requireNonNull(title, "title");
    requireNonNull(text, "text");
    requireNonNull(span, "span");
    checkArgument(!text.isBlank() || title.isPresent(), "a %s needs text or a title", kind);
  }

  /** A highlight with text only. */
  public static Highlight of(Kind kind, String text) {
    return new Highlight(kind, Optional.empty(), text, Optional.empty());
  }

  /** A highlight with a title and its explanation. */
  public static Highlight of(Kind kind, String title, String text) {
    return new Highlight(kind, Optional.of(title), text, Optional.empty());
  }

  @Override
  public String toString() {
    return kind + ": " + title.map(t -> t + " — ").orElse("") + text;
  }
}
