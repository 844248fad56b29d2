package org.colloquy.parsers.common;

/** Text as the model keeps it: runs of white space (Whisper's leading blank included) as one space, ends trimmed. */
public final class CleanText {

  private CleanText() {}

  /** {@code text} with white space collapsed and trimmed; returns the same string when it is clean already. */
  public static String of(CharSequence text) {
    int n = text.length();
    boolean clean = n == 0 || !Character.isWhitespace(text.charAt(0)) && !Character.isWhitespace(text.charAt(n - 1));
    for (int i = 0; clean && i < n; i++) {
      char c = text.charAt(i);
      clean = c == ' ' ? i + 1 >= n || text.charAt(i + 1) != ' ' : !Character.isWhitespace(c) && c != '\u00A0';
    }
    if (clean) {
      return text.toString();
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
}
