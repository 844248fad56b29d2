package org.colloquy.parsers.common;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.colloquy.format.ReadOptions;

/**
 * Repairs words damaged when text was extracted from a PDF set in a font with ligatures: the extractor dropped
 * each ligature glyph for one wrong character, so {@code ti} became {@code E} ("arEficial"), {@code ft} became
 * {@code L} ("soLware"), {@code tt} became {@code h} ("prehy"), {@code tti} became {@code i} ("hiing") and
 * {@code tf} became {@code t} ("platorm").
 *
 * <p>The damage is a property of a whole document, so a reader first {@linkplain #examine examines} every word
 * and remembers the proposed repairs, then asks whether the document {@linkplain #damaged() is damaged} and only
 * then applies them. A word is proposed for repair only when it is not a known word itself and exactly one way of
 * undoing the substitutions (at any subset of its suspicious characters) gives a known word; the replacement
 * keeps the word's capitalisation ("UnEl" → "Until"). All-capital words, words with capitals inside that are not
 * suspicious ({@code SynerTek}, {@code DeepMind}) and words with digits are left alone.
 *
 * <p>Known words are the built-in {@link Lexicon#english() English list}, simple derivations of its words
 * ({@code -al}, {@code -ly}, {@code -ive}, {@code multi-}, {@code non-}, …; "convolutional" from "convolution"),
 * and the caller's {@link ReadOptions#extraWords()}. Not thread-safe: one instance serves one read.
 * <b>Internal</b>: shared by the format packages, not part of Colloquy's API.
 */
public final class LigatureRepair {

  /** Suspicious characters and the ligature each stands for. */
  private static final String DAMAGED = "ELhit";

  private static final String[] LIGATURES = {"ti", "ft", "tt", "tti", "tf"};

  /** More suspicious characters than this in one word are not tried: 2^n candidates. */
  private static final int MAX_SUSPECTS = 10;

  private static final String[] SUFFIXES = {"al", "ally", "s", "es", "ly", "able", "ive", "ative", "ists", "ities"};

  private static final String[] PREFIXES = {
    "multi", "non", "neuro", "pre", "un", "re", "sub", "inter", "self", "co", "over", "under", "auto", "counter"
  };

  /** Distinct repairable words needed before a document counts as damaged. */
  private static final int MIN_EVIDENCE = 3;

  private final Lexicon lexicon;
  private final Set<String> extra;
  private final Map<String, Optional<String>> decided = new HashMap<>();
  private final Map<String, String> words = new HashMap<>();
  private final Set<String> unknown = new HashSet<>();
  private final Set<String> repairable = new HashSet<>();
  private int capitalEvidence;

  private LigatureRepair(Lexicon lexicon, Set<String> extraWords) {
    this.lexicon = lexicon;
    this.extra = new HashSet<>();
    for (String w : extraWords) {
      extra.add(Lexicon.fold(w));
    }
  }

  /** A repairer using the built-in English list and the options' {@linkplain ReadOptions#extraWords() extra words}. */
  public static LigatureRepair create(ReadOptions options) {
    return new LigatureRepair(Lexicon.english(), options.extraWords());
  }

  /** A repairer using the given lexicon and extra words. */
  public static LigatureRepair create(Lexicon lexicon, Set<String> extraWords) {
    return new LigatureRepair(lexicon, extraWords);
  }

  /**
   * Examines one blank-free token {@code s[from, to)} (punctuation around it is allowed; hyphenated parts are
   * examined one by one) and returns the whole token repaired, when some part of it is a damaged word with exactly
   * one repair. Fast for the common case: a token with no suspicious character, or a known word, costs one scan and
   * at most one lookup, and allocates nothing.
   */
  public Optional<String> examine(CharSequence s, int from, int to) {
    int start = from;
    while (start < to && !Character.isLetter(s.charAt(start))) {
      start++;
    }
    int end = to;
    while (end > start && !Character.isLetter(s.charAt(end - 1))) {
      end--;
    }
    if (end - start < 2 || !worthExamining(s, start, end)) {
      return Optional.empty();
    }
    boolean hasSeparator = false;
    for (int k = start; k < end; k++) {
      char c = s.charAt(k);
      if (c == '-' || c == '/') {
        hasSeparator = true;
      } else if (k > start && (c == 'E' || c == 'L')) {
        // "sEll" folds to the word "sell", but no word has a capital inside: look closer.
        return slowPath(s, from, to);
      }
    }
    if (!hasSeparator) {
      if (lexicon.contains(s, start, end)) {
        return Optional.empty();
      }
      return slowPath(s, from, to);
    }
    boolean allKnown = true;
    for (int p = start; p < end && allKnown; ) {
      int q = p;
      while (q < end && s.charAt(q) != '-' && s.charAt(q) != '/') {
        q++;
      }
      allKnown = q - p < 2 || !hasSuspect(s, p, q) || lexicon.contains(s, p, q);
      p = q + 1;
    }
    return allKnown ? Optional.empty() : slowPath(s, from, to);
  }

  /** Digits, {@code @} or {@code ://} mean a number, an address or a link: never repaired. */
  private static boolean worthExamining(CharSequence s, int start, int end) {
    boolean suspect = false;
    for (int k = start; k < end; k++) {
      char c = s.charAt(k);
      if (c >= '0' && c <= '9' || c == '@' || c == ':' || c == '.' && k + 1 < end && Character.isLetter(s.charAt(k + 1))) {
        return false;
      }
      suspect |= DAMAGED.indexOf(c) >= 0;
    }
    return suspect;
  }

  private static boolean hasSuspect(CharSequence s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (DAMAGED.indexOf(s.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private Optional<String> slowPath(CharSequence s, int from, int to) {
    String token = s.subSequence(from, to).toString();
    Optional<String> known = decided.get(token);
    if (known != null) {
      return known;
    }
    Optional<String> result = repairToken(token);
    decided.put(token, result);
    return result;
  }

  private Optional<String> repairToken(String token) {
    StringBuilder out = new StringBuilder(token.length() + 4);
    boolean changed = false;
    int k = 0;
    while (k < token.length()) {
      if (!Character.isLetter(token.charAt(k))) {
        out.append(token.charAt(k++));
        continue;
      }
      int e = k;
      while (e < token.length() && (Character.isLetter(token.charAt(e)) || isInnerApostrophe(token, e))) {
        e++;
      }
      String word = token.substring(k, e);
      String fixed = repairWord(word);
      changed |= !fixed.equals(word);
      out.append(fixed);
      k = e;
    }
    return changed ? Optional.of(out.toString()) : Optional.empty();
  }

  private static boolean isInnerApostrophe(String s, int i) {
    char c = s.charAt(i);
    return (c == '\'' || c == '\u2019') && i > 0 && i + 1 < s.length() && Character.isLetter(s.charAt(i - 1))
        && Character.isLetter(s.charAt(i + 1));
  }

  private String repairWord(String word) {
    String done = words.get(word);
    if (done == null) {
      done = tryRepair(word);
      words.put(word, done);
    }
    return done;
  }

  private String tryRepair(String word) {
    if (word.length() < 2 || !eligible(word) || !hasInnerCapital(word) && isWord(word)) {
      return word;
    }
    unknown.add(Lexicon.fold(word));
    int[] suspects = new int[MAX_SUSPECTS];
    int n = 0;
    for (int i = 0; i < word.length(); i++) {
      if (DAMAGED.indexOf(word.charAt(i)) >= 0) {
        if (n == MAX_SUSPECTS) {
          return word;
        }
        suspects[n++] = i;
      }
    }
    String found = null;
    for (int mask = 1; mask < 1 << n; mask++) {
      StringBuilder candidate = new StringBuilder(word.length() + 4);
      int next = 0;
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (next < n && suspects[next] == i) {
          if ((mask & 1 << next) != 0) {
            candidate.append(LIGATURES[DAMAGED.indexOf(c)]);
          } else {
            candidate.append(c);
          }
          next++;
        } else {
          candidate.append(c);
        }
      }
      String c = candidate.toString();
      if (isWord(c)) {
        if (found != null && !Lexicon.fold(found).equals(Lexicon.fold(c))) {
          return word;
        }
        found = c;
      }
    }
    if (found == null) {
      return word;
    }
    if (repairable.add(Lexicon.fold(word)) && (word.indexOf('E') >= 0 || word.indexOf('L') >= 0)) {
      capitalEvidence++;
    }
    return found;
  }

  /** A lower-case word with a capital inside ("sEll", "oLen") is not the dictionary word its folding spells. */
  private static boolean hasInnerCapital(String word) {
    for (int i = 1; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * All-capital words (acronyms, labels), and words with capitals inside other than the suspicious {@code E} and
   * {@code L} (camel-case names), were not damaged by a lost lower-case ligature.
   */
  private static boolean eligible(String word) {
    boolean lower = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLowerCase(c)) {
        lower = true;
      } else if (i > 0 && Character.isUpperCase(c) && c != 'E' && c != 'L') {
        return false;
      }
    }
    return lower;
  }

  /** Whether {@code word} is known: listed, added by the caller, a possessive, or a simple derivation. */
  public boolean isWord(String word) {
    String w = Lexicon.fold(word);
    if (lexicon.contains(w) || extra.contains(w)) {
      return true;
    }
    if (w.endsWith("'s") && w.length() > 3 && known(w.substring(0, w.length() - 2))) {
      return true;
    }
    for (String suffix : SUFFIXES) {
      if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
        String stem = w.substring(0, w.length() - suffix.length());
        if (known(stem) || known(stem + "e") || suffix.equals("ly") && known(stem + "y")) {
          return true;
        }
      }
    }
    for (String prefix : PREFIXES) {
      if (w.startsWith(prefix) && w.length() - prefix.length() >= 4 && known(w.substring(prefix.length()))) {
        return true;
      }
    }
    return false;
  }

  private boolean known(String folded) {
    return lexicon.contains(folded) || extra.contains(folded);
  }

  /**
   * Whether the words examined so far show document-wide ligature damage: at least three distinct words have a
   * repair, at least one of them shows the tell-tale capital {@code E} or {@code L} inside a lower-case word, and
   * repairable words are not a small minority of the unknown ones (a text full of names is not damaged text).
   */
  public boolean damaged() {
    return repairable.size() >= MIN_EVIDENCE && capitalEvidence > 0 && repairable.size() * 5 >= unknown.size();
  }

  /** How many distinct words have a repair. */
  public int repairableWords() {
    return repairable.size();
  }

  /** How many distinct unknown words were examined. */
  public int unknownWords() {
    return unknown.size();
  }
}
