package org.colloquy.model;

/** Counts words the way people do: runs of letters or digits, with inner apostrophes and hyphens. */
final class WordCounter {

  private WordCounter() {}

  static int count(CharSequence text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean wordChar = Character.isLetterOrDigit(c)
          || inWord && (c == '\'' || c == '’' || c == '-') && i + 1 < text.length()
              && Character.isLetterOrDigit(text.charAt(i + 1));
      if (wordChar && !inWord) {
        words++;
      }
      inWord = wordChar;
    }
    return words;
  }
}
