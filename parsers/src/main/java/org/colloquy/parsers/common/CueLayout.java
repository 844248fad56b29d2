package org.colloquy.parsers.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays a segment's text out as caption cues: lines of at most a given length broken at word boundaries, at most
 * a given number of lines and seconds per cue, with each cue's times proportional to its share of the text.
 * Internal.
 */
public final class CueLayout {

  /**
   * One cue of a laid-out segment.
   *
   * @param start when it starts, in milliseconds
   * @param end when it ends, in milliseconds
   * @param lines its lines, none empty
   */
  public record Cue(long start, long end, List<String> lines) {}

  private CueLayout() {}

  /**
   * Splits {@code text} (single-spaced) into cues covering {@code start} to {@code end}. A word longer than a line
   * gets a line of its own. Text that already fits comes back as one cue.
   */
  public static List<Cue> split(String text, long start, long end, int maxLineLength, int maxLines,
      long maxCueMillis) {
    String[] words = text.strip().split(" +");
    if (words.length == 0 || words[0].isEmpty()) {
      return List.of(new Cue(start, end, List.of()));
    }
    int lineLength = Math.max(1, maxLineLength);
    int lines = Math.max(1, maxLines);
    long duration = Math.max(0, end - start);
    int byLength = groups(words, 0, words.length, lineLength, lines).size();
    int wanted = Math.max(byLength, maxCueMillis > 0 ? (int) Math.min(words.length, ceil(duration, maxCueMillis)) : 1);
    List<int[]> groups = wanted <= byLength ? groups(words, 0, words.length, lineLength, lines)
        : balanced(words, wanted, lineLength, lines);
    while (maxCueMillis > 0 && groups.size() < words.length && longest(words, groups, duration) > maxCueMillis) {
      groups = balanced(words, groups.size() + 1, lineLength, lines);
    }
    int total = 0;
    for (String word : words) {
      total += word.length() + 1;
    }
    List<Cue> cues = new ArrayList<>(groups.size());
    long cueStart = start;
    int before = 0;
    for (int g = 0; g < groups.size(); g++) {
      int[] range = groups.get(g);
      List<String> cueLines = wrap(words, range[0], range[1], lineLength);
      for (String line : cueLines) {
        before += line.length() + 1;
      }
      long cueEnd = g == groups.size() - 1 ? end
          : start + Math.round((double) duration * Math.min(before, total) / Math.max(1, total));
      cueEnd = Math.max(cueEnd, cueStart);
      cues.add(new Cue(cueStart, cueEnd, cueLines));
      cueStart = cueEnd;
    }
    return cues;
  }

  /** The longest cue's share of {@code duration}, shares being proportional to characters. */
  private static long longest(String[] words, List<int[]> groups, long duration) {
    long total = 0;
    long most = 0;
    for (int[] group : groups) {
      long chars = 0;
      for (int i = group[0]; i < group[1]; i++) {
        chars += words[i].length() + 1;
      }
      total += chars;
      most = Math.max(most, chars);
    }
    return total == 0 ? 0 : duration * most / total + 1;
  }

  private static long ceil(long a, long b) {
    return (a + b - 1) / b;
  }

  // Greedy: fill each cue with as many lines as allowed.
  private static List<int[]> groups(String[] words, int from, int to, int lineLength, int lines) {
    List<int[]> groups = new ArrayList<>();
    int i = from;
    while (i < to) {
      int start = i;
      for (int line = 0; line < lines && i < to; line++) {
        int length = words[i++].length();
        while (i < to && length + 1 + words[i].length() <= lineLength) {
          length += 1 + words[i++].length();
        }
      }
      groups.add(new int[] {start, i});
    }
    return groups;
  }

  // More, shorter cues than the line limit needs (to keep each under the time limit): split by characters.
  private static List<int[]> balanced(String[] words, int count, int lineLength, int lines) {
    int total = 0;
    for (String word : words) {
      total += word.length() + 1;
    }
    List<int[]> groups = new ArrayList<>(count);
    int i = 0;
    int done = 0;
    for (int g = 0; g < count && i < words.length; g++) {
      int target = (int) ((long) total * (g + 1) / count);
      int start = i;
      done += words[i++].length() + 1;
      while (i < words.length && done + (words[i].length() + 1) / 2 <= target
          && words.length - i > count - g - 1) {
        done += words[i++].length() + 1;
      }
      groups.addAll(groups(words, start, i, lineLength, lines));
    }
    if (i < words.length) {
      groups.addAll(groups(words, i, words.length, lineLength, lines));
    }
    return groups;
  }

  private static List<String> wrap(String[] words, int from, int to, int lineLength) {
    List<String> lines = new ArrayList<>(2);
    StringBuilder line = new StringBuilder(lineLength);
    for (int i = from; i < to; i++) {
      if (line.length() > 0 && line.length() + 1 + words[i].length() > lineLength) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(words[i]);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
