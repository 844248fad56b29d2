package org.colloquy.parsers.common;

/** Text as the model keeps it: runs of white space (Whisper's leading blank included) as one space, ends trimmed. */
public final class CleanText {

  private CleanText() {}

  /** {@code text} with white space collapsed and trimmed; returns the same string when it is clean already. */
  public static String of(CharSequence text) {
    int n = text.length();
    int from = 0;
    int to = n;
    while (from < to && blank(text.charAt(from))) {
      from++;
    }
    while (to > from && blank(text.charAt(to - 1))) {
      to--;
    }
    boolean clean = true;
    for (int i = from; clean && i < to; i++) {
      char c = text.charAt(i);
      clean = c == ' ' ? text.charAt(i + 1) != ' ' : !blank(c);
    }
    if (clean) {
      // Whisper's leading blank alone costs one copy, not a character-by-character rebuild.
      return from == 0 && to == n ? text.toString() : text.subSequence(from, to).toString();
    }
    StringBuilder out = new StringBuilder(n);
    boolean space = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean blank(char c) {
    return Character.isWhitespace(c) || c == '\u00A0';
  }
}
