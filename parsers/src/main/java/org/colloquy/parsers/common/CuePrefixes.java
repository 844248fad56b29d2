package org.colloquy.parsers.common;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.colloquy.model.Speaker;
import org.jspecify.annotations.Nullable;

/**
 * Finds a speaker label at the start of a caption cue's text: {@code Name: …} (Zoom, hand-made SRT),
 * {@code [Name]: …} and {@code [SPEAKER_00]: …} (WhisperX), {@code >> Name: …} (broadcast captions) and
 * {@code - Name: …} (dialogue dashes). Internal.
 *
 * <p>The evidence rules: a label the caller knows ({@code ReadOptions.knownSpeakers()}) is always one; otherwise
 * it must be bracketed and followed by a colon ({@code [Name]:}), or look like a name — one to four words, at most 40 characters, each word starting with a capital letter
 * or a digit (so {@code Speaker 1}, {@code Dr. Smith}, {@code SPEAKER_00} and {@code JOHN} qualify, and
 * {@code so the point is: …} does not) — and not be one of the few capitalised words that introduce something
 * other than a speaker ({@code Note:}, {@code Warning:}). A colon must be followed by a blank or the end.
 */
public final class CuePrefixes {

  private static final Set<String> NOT_SPEAKERS = Set.of(
      "note", "notes", "warning", "caution", "tip", "update", "edit", "source", "sources", "example", "chapter",
      "part", "step", "answer", "question", "translation", "subtitle", "subtitles", "caption", "captions",
      "lyrics", "chorus", "verse", "music", "http", "https", "re", "ps", "p.s", "nb", "n.b", "todo", "fixme",
      "error", "info", "summary", "title", "date", "time", "location", "kind", "language");

  private CuePrefixes() {}

  /**
   * A label found at the start of a cue's text.
   *
   * @param name the speaker's label, trimmed
   * @param textStart where the spoken text begins, after the label and the blanks that follow it
   */
  public record Prefix(String name, int textStart) {}

  /** The speaker label at the start of {@code text}, if there is one. */
  public static @Nullable Prefix find(String text, List<String> knownSpeakers) {
    int n = text.length();
    int i = skipBlanks(text, 0, n);
    if (text.startsWith(">>", i)) {
      i = skipBlanks(text, i + 2, n);
    } else if (i + 1 < n && (text.charAt(i) == '-' || text.charAt(i) == '\u2013') && isBlank(text.charAt(i + 1))) {
      i = skipBlanks(text, i + 1, n);
    }
    if (i >= n) {
      return null;
    }
    char first = text.charAt(i);
    if (first == '[' || first == '(') {
      char close = first == '[' ? ']' : ')';
      int end = text.indexOf(close, i + 1);
      if (end < 0 || end - i > 42) {
        return null;
      }
      String name = text.substring(i + 1, end).strip();
      int after = end + 1;
      boolean colon = after < n && text.charAt(after) == ':';
      if (colon) {
        after++;
      }
      if (after < n && !isBlank(text.charAt(after))) {
        return null;
      }
      // "[Music]" or "(laughs)" alone describe a sound; only a colon or a diarisation id make it a speaker.
      if (!colon && !isDiarisationId(name) && !isKnown(name, knownSpeakers)) {
        return null;
      }
      // "[anyone]:" is strong evidence by itself; a bare "[Name]" must look like a name.
      if (name.isEmpty() || name.indexOf('\n') >= 0 || !colon && !isKnown(name, knownSpeakers)
          && !looksLikeName(name)) {
        return null;
      }
      return new Prefix(name, skipBlanks(text, after, n));
    }
    int limit = Math.min(n, i + 41);
    int colon = -1;
    for (int j = i; j < limit; j++) {
      char c = text.charAt(j);
      if (c == ':' || c == '\uFF1A') {
        colon = j;
        break;
      }
      if (c == '\n' || c == '<' || c == '>' || c == '"' || c == '(' || c == '[') {
        return null;
      }
    }
    if (colon <= i || colon + 1 < n && !isBlank(text.charAt(colon + 1))) {
      return null;
    }
    String name = text.substring(i, colon).strip();
    if (!isKnown(name, knownSpeakers) && !looksLikeName(name)) {
      return null;
    }
    return new Prefix(name, skipBlanks(text, colon + 1, n));
  }

  /** Whether {@code name} has the shape of a speaker's name or label (see the class comment). */
  public static boolean looksLikeName(String name) {
    if (name.isEmpty() || name.length() > 40 || !Character.isLetter(name.codePointAt(0))) {
      return false;
    }
    if (NOT_SPEAKERS.contains(name.toLowerCase(Locale.ROOT))) {
      return false;
    }
    int words = 0;
    boolean wordStart = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == ' ') {
        wordStart = true;
        continue;
      }
      if (!Character.isLetterOrDigit(c) && c != '.' && c != '\'' && c != '\u2019' && c != '-' && c != '_') {
        return false;
      }
      if (wordStart) {
        words++;
        if (words > 4 || !(Character.isUpperCase(c) || Character.isDigit(c) || Character.isTitleCase(c)
            || Character.isLetter(c) && !Character.isLowerCase(c))) {
          return false;
        }
        wordStart = false;
      }
    }
    return words > 0;
  }

  private static boolean isDiarisationId(String name) {
    return name.regionMatches(true, 0, "SPEAKER_", 0, 8) || name.regionMatches(true, 0, "SPEAKER ", 0, 8);
  }

  private static boolean isKnown(String name, List<String> knownSpeakers) {
    if (knownSpeakers.isEmpty()) {
      return false;
    }
    for (String known : knownSpeakers) {
      if (!known.isBlank() && Speaker.of(known).matches(name)) {
        return true;
      }
    }
    return false;
  }

  private static int skipBlanks(String s, int i, int n) {
    while (i < n && isBlank(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\n';
  }
}
