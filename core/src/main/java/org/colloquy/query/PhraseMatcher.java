package org.colloquy.query;

import static com.google.common.base.Preconditions.checkArgument;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whole-word phrase search that ignores case, accents and the punctuation between words. Text is folded into
 * lowercase accent-free word tokens; the phrase matches when its tokens occur consecutively.
 */
final class PhraseMatcher {

  private final String[] tokens;
  private final boolean asciiTokens;

  private PhraseMatcher(String[] tokens) {
    this.tokens = tokens;
    this.asciiTokens = java.util.Arrays.stream(tokens).allMatch(PhraseMatcher::isAscii);
  }

  static PhraseMatcher of(String phrase) {
    List<String> words = tokenize(phrase);
    checkArgument(!words.isEmpty(), "a phrase to search for needs at least one word, got \"%s\"", phrase);
    return new PhraseMatcher(words.toArray(String[]::new));
  }

  boolean matches(String text) {
    return isAscii(text) && asciiTokens ? matchesAscii(text) : matchesFolded(text);
  }

  /** The general path: fold and tokenize the whole text, then look for the tokens in a row. */
  boolean matchesFolded(String text) {
    List<String> words = tokenize(text);
    outer:
    for (int i = 0; i + tokens.length <= words.size(); i++) {
      for (int j = 0; j < tokens.length; j++) {
        if (!words.get(i + j).equals(tokens[j])) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * The same answer as {@link #matchesFolded} for ASCII text, without allocating: most transcripts are ASCII, and a
   * corpus search runs this once per segment.
   */
  boolean matchesAscii(String text) {
    int n = text.length();
    String first = tokens[0];
    for (int i = 0; i + first.length() <= n; i++) {
      if (!startsWord(text, i) || !text.regionMatches(true, i, first, 0, first.length())) {
        continue;
      }
      int pos = i + first.length();
      boolean all = !continuesWord(text, pos);
      for (int j = 1; all && j < tokens.length; j++) {
        while (pos < n && !isWordChar(text.charAt(pos))) {
          pos++;
        }
        String token = tokens[j];
        all = text.regionMatches(true, pos, token, 0, token.length())
            && !continuesWord(text, pos + token.length());
        pos += token.length();
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWordChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /** Whether a word starts at {@code i}: no word character, nor an inner apostrophe, before it. */
  private static boolean startsWord(String text, int i) {
    if (i == 0) {
      return true;
    }
    char before = text.charAt(i - 1);
    if (isWordChar(before)) {
      return false;
    }
    return !(before == '\'' && i >= 2 && isWordChar(text.charAt(i - 2)));
  }

  /** Whether the word going on before {@code i} continues at {@code i}. */
  private static boolean continuesWord(String text, int i) {
    if (i >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    return isWordChar(c) || c == '\'' && i + 1 < text.length() && isWordChar(text.charAt(i + 1));
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }

  /** Words are runs of letters and digits, with inner apostrophes kept ("don't" is one word). */
  static List<String> tokenize(String text) {
    String folded = fold(text);
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= folded.length(); i++) {
      char c = i < folded.length() ? folded.charAt(i) : ' ';
      boolean wordChar = Character.isLetterOrDigit(c)
          || start >= 0 && c == '\'' && i + 1 < folded.length() && Character.isLetterOrDigit(folded.charAt(i + 1));
      if (wordChar && start < 0) {
        start = i;
      } else if (!wordChar && start >= 0) {
        words.add(folded.substring(start, i));
        start = -1;
      }
    }
    return words;
  }

  private static String fold(String text) {
    boolean ascii = true;
    for (int i = 0; i < text.length() && ascii; i++) {
      ascii = text.charAt(i) < 128;
    }
    String plain = ascii ? text
        : Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('’', '\'');
    return plain.toLowerCase(Locale.ROOT);
  }
}
