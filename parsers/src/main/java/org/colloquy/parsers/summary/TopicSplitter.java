package org.colloquy.parsers.summary;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the topic line a page ran together ({@code …objective functions for AIDeep learning history, ConvNets,
 * and why…}) back into topics, by the evidence in the text rather than by any list of known topics.
 *
 * <p>A topic starts with a capitalised word: a capital followed by at least two lower-case letters. Where such a
 * word is glued to the letter or digit before it, that is a boundary. How sure we are depends on the glued-on
 * stretch of the left word:
 *
 * <ul>
 *   <li><b>sure</b>: it is all lower case and at least two letters long ({@code theory|Neural}), an acronym of at
 *       least two capitals ({@code AI|Deep}), or a number ({@code 2019|The}) — a topic ending in an ordinary word
 *       and the next one starting;
 *   <li><b>possible</b>: it is capitalised itself ({@code Conv|Nets}, {@code You|Tube}, {@code Paris|The}), which
 *       is mostly one camel-cased word;
 *   <li>none otherwise ({@code i|Phone}, {@code e|Bay}, {@code GA|Ns}).
 * </ul>
 *
 * Sure boundaries are always split. When the page announces how many topics there are, possible boundaries are
 * split too if that makes the count come out exactly; when the count still disagrees the sure split stands and
 * the disagreement is reported. Lines that are already one topic each (as many lines as announced) are not split.
 */
final class TopicSplitter {

  /** The topics, and whether the count the page announced (if any) was met. */
  record Split(List<String> topics, int sure, int possible, boolean usedPossible) {}

  private TopicSplitter() {}

  static Split split(List<String> lines, int announced) {
    List<String> stripped = new ArrayList<>();
    for (String line : lines) {
      if (!line.isBlank()) {
        stripped.add(line.strip());
      }
    }
    if (announced == stripped.size()) {
      return new Split(stripped, 0, 0, false);
    }
    List<List<Integer>> sure = new ArrayList<>();
    List<List<Integer>> possible = new ArrayList<>();
    int sureCount = 0;
    int possibleCount = 0;
    for (String line : stripped) {
      List<Integer> s = new ArrayList<>();
      List<Integer> p = new ArrayList<>();
      boundaries(line, s, p);
      sure.add(s);
      possible.add(p);
      sureCount += s.size();
      possibleCount += p.size();
    }
    boolean usePossible = announced > 0 && possibleCount > 0
        && stripped.size() + sureCount + possibleCount == announced;
    List<String> topics = new ArrayList<>();
    for (int i = 0; i < stripped.size(); i++) {
      List<Integer> cuts = new ArrayList<>(sure.get(i));
      if (usePossible) {
        cuts.addAll(possible.get(i));
        cuts.sort(null);
      }
      String line = stripped.get(i);
      int from = 0;
      for (int cut : cuts) {
        addIfAny(topics, line.substring(from, cut));
        from = cut;
      }
      addIfAny(topics, line.substring(from));
    }
    return new Split(topics, sureCount, possibleCount, usePossible);
  }

  private static void addIfAny(List<String> topics, String topic) {
    if (!topic.isBlank()) {
      topics.add(topic.strip());
    }
  }

  /** Adds the indexes where a new topic starts in {@code line} to {@code sure} or {@code possible}. */
  static void boundaries(String line, List<Integer> sure, List<Integer> possible) {
    for (int i = 1; i + 2 < line.length(); i++) {
      if (!startsCapitalisedWord(line, i)) {
        continue;
      }
      char before = line.charAt(i - 1);
      if (!Character.isLetterOrDigit(before)) {
        continue;
      }
      int wordStart = i;
      while (wordStart > 0 && Character.isLetterOrDigit(line.charAt(wordStart - 1))) {
        wordStart--;
      }
      String left = line.substring(wordStart, i);
      switch (kind(left)) {
        case SURE -> sure.add(i);
        case POSSIBLE -> possible.add(i);
        default -> { }
      }
    }
  }

  private static boolean startsCapitalisedWord(String line, int i) {
    return Character.isUpperCase(line.charAt(i))
        && Character.isLowerCase(line.charAt(i + 1))
        && Character.isLowerCase(line.charAt(i + 2));
  }

  private enum Evidence { SURE, POSSIBLE, NONE }

  private static Evidence kind(String left) {
    if (left.chars().allMatch(Character::isDigit)) {
      return Evidence.SURE;
    }
    if (left.length() >= 2 && left.chars().allMatch(Character::isLowerCase)) {
      return Evidence.SURE;
    }
    if (left.length() >= 2 && left.chars().allMatch(Character::isUpperCase)) {
      return Evidence.SURE;
    }
    if (Character.isUpperCase(left.charAt(0)) && left.chars().allMatch(Character::isLetter)) {
      return Evidence.POSSIBLE;
    }
    return Evidence.NONE;
  }
}
