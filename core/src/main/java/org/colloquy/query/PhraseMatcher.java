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

  private PhraseMatcher(String[] tokens) {
    this.tokens = tokens;
  }

  static PhraseMatcher of(String phrase) {
    List<String> words = tokenize(phrase);
    checkArgument(!words.isEmpty(), "a phrase to search for needs at least one word, got \"%s\"", phrase);
    return new PhraseMatcher(words.toArray(String[]::new));
  }

  boolean matches(String text) {
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
