package org.colloquy.parsers.text;

import org.colloquy.format.Sample;
import org.colloquy.parsers.common.SpeakerLabels;

/**
 * How sure we are that a sample is a labelled transcript: the share of its paragraphs that begin with a label
 * {@link SpeakerLabels} accepts, and whether the labels carry times. Prose with colons switches guessing off and
 * scores low; caption files and structured formats are turned away at once.
 */
final class Detection {

  private Detection() {}

  static double score(Sample sample) {
    String s = sample.head();
    int first = 0;
    while (first < s.length() && Character.isWhitespace(s.charAt(first))) {
      first++;
    }
    if (first >= s.length() || "{<".indexOf(s.charAt(first)) >= 0 || s.startsWith("WEBVTT", first)
        || s.contains("-->")) {
      return 0;
    }
    SpeakerLabels labels = SpeakerLabels.create(java.util.List.of());
    java.util.List<LineHead> found = new java.util.ArrayList<>();
    int paragraphs = 0;
    boolean blank = true;
    int pos = 0;
    int line = 0;
    // The last line of a truncated sample may be cut short; it is left out.
    int limit = sample.complete() ? s.length() : Math.max(0, s.lastIndexOf('\n'));
    while (pos <= limit) {
      int end = s.indexOf('\n', pos);
      if (end < 0 || end > limit) {
        end = limit;
      }
      line++;
      int from = LineHead.skipBlanks(s, pos, end);
      int to = LineHead.trimEnd(s, from, end);
      if (from < to) {
        LineHead head = LineHead.of(s, from, to);
        if (head != null && (head.type == LineHead.Type.LABEL || head.type == LineHead.Type.NO_COLON)) {
          labels.offer(head.label, head.cue, line, 1);
          found.add(head);
          paragraphs++;
        } else if (blank) {
          paragraphs++;
        }
        blank = false;
      } else {
        blank = true;
      }
      pos = end + 1;
    }
    SpeakerLabels.Decision decision = labels.decide();
    int labelled = 0;
    int timed = 0;
    java.util.Set<String> speakers = new java.util.HashSet<>();
    for (LineHead head : found) {
      if (decision.isSpeaker(head.label)) {
        labelled++;
        speakers.add(head.label);
        if (head.time != null) {
          timed++;
        }
      }
    }
    if (labelled < 2 || paragraphs == 0) {
      return 0.05;
    }
    double share = (double) labelled / paragraphs;
    if (timed >= 2 && share >= 0.2) {
      return 0.9;
    }
    if (labelled >= 3 && share >= 0.3) {
      return speakers.size() >= 2 ? 0.8 : 0.6;
    }
    return 0.3;
  }
}
