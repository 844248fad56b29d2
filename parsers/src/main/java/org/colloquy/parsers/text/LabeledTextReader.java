package org.colloquy.parsers.text;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.colloquy.format.ReadContext;
import org.colloquy.format.ReadOptions.SpeakerCarry;
import org.colloquy.model.Episode;
import org.colloquy.model.Reference;
import org.colloquy.model.Segment;
import org.colloquy.model.Speaker;
import org.colloquy.parsers.common.LigatureRepair;
import org.colloquy.parsers.common.SpeakerLabels;
import org.colloquy.parsers.common.Timecodes;
import org.jspecify.annotations.Nullable;

/**
 * Reads one speaker-labelled transcript. Two passes over the lines: the first finds each line's {@link LineHead}
 * and offers its label candidates to {@link SpeakerLabels}; the second, knowing which prefixes are speakers, builds
 * the segments — one per labelled (or timed) paragraph, unlabelled paragraphs joining the segment before them —
 * normalising blanks and line-break hyphenation and proposing ligature repairs word by word. The repairs are
 * applied at the end, and only if the document as a whole shows the damage.
 */
final class LabeledTextReader {

  private final ReadContext ctx;
  private final String text;
  private final boolean carry;
  private final @Nullable LigatureRepair repair;

  private int[] lineStarts = new int[1024];
  private int lineCount;
  private LineHead[] heads = new LineHead[1024];

  /**
   * The text of the segment being read: appending a word is an array copy, and the segment's string is made
   * once, when the next segment opens, with its ligature repairs spliced in if the document looks damaged by
   * then. The few segments that guess wrong are redone at the end.
   */
  private char[] out = new char[1024];
  private int outLength;

  /** The proposed ligature repairs, in order; a draft owns the range {@code [fixFrom, fixTo)}. */
  private int[] fixOffsets = new int[256];
  private int[] fixLines = new int[256];
  private int[] fixColumns = new int[256];
  private LigatureRepair.Repair[] fixRepairs = new LigatureRepair.Repair[256];
  private int fixCount;

  /** Speaker decisions by label as written; a transcript repeats a handful of labels thousands of times. */
  private final Map<String, Optional<String>> speakerOf = new HashMap<>();

  private final List<Draft> drafts = new ArrayList<>();
  private @Nullable Draft current;
  private @Nullable String lastSpeaker;
  private Timecodes.@Nullable Match pendingTime;
  private int pendingTimeLine;
  private long lastStart = -1;
  private final List<Reference> orphanReferences = new ArrayList<>();
  private final Map<String, String> metadata = new LinkedHashMap<>();
  private int repairs;
  private boolean repaired;
  private @Nullable String title;

  LabeledTextReader(ReadContext ctx) {
    this.ctx = ctx;
    this.text = ctx.text();
    this.carry = ctx.options().speakerCarry() == SpeakerCarry.CARRY_FORWARD;
    this.repair = ctx.options().repairLigatures() ? LigatureRepair.create(ctx.options()) : null;
  }

  Episode read() {
    SpeakerLabels labels = SpeakerLabels.create(ctx.options());
    indexLines(labels);
    SpeakerLabels.Decision decision = labels.decide(ctx);
    for (int i = 0; i < lineCount; i++) {
      readLine(i, decision);
    }
    close();
    finishText();
    if (!orphanReferences.isEmpty()) {
      if (drafts.isEmpty()) {
        ctx.note("reference-without-segment", "links with no segment to attach to were kept as episode metadata");
        for (int k = 0; k < orphanReferences.size(); k++) {
          metadata.put("link" + (k + 1), orphanReferences.get(k).value());
        }
      } else {
        drafts.get(0).addReferences(orphanReferences);
      }
    }
    applyRepairs();
    return build();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Pass one: line starts, heads, label candidates.

  /** The next colon at or after the line being indexed: most lines have none, and then most have no head. */
  private int colonAt = -1;

  private void indexLines(SpeakerLabels labels) {
    int pos = 0;
    int length = text.length();
    while (pos <= length) {
      int end = text.indexOf('\n', pos);
      if (end < 0) {
        end = length;
      }
      if (lineCount == lineStarts.length) {
        lineStarts = java.util.Arrays.copyOf(lineStarts, lineCount * 2);
        heads = java.util.Arrays.copyOf(heads, lineCount * 2);
      }
      lineStarts[lineCount] = pos;
      int from = LineHead.skipBlanks(text, pos, end);
      LineHead head = null;
      if (from < end) {
        int to = LineHead.trimEnd(text, from, end);
        if (colonAt < from) {
          colonAt = text.indexOf(':', from);
          if (colonAt < 0) {
            colonAt = Integer.MAX_VALUE;
          }
        }
        if (colonAt < to || LineHead.mayHeadWithoutColon(text, from, to)) {
          head = LineHead.of(text, from, to);
        }
      }
      heads[lineCount] = head;
      lineCount++;
      if (head != null && (head.type == LineHead.Type.LABEL || head.type == LineHead.Type.NO_COLON)) {
        labels.offer(head.label, head.cue, lineCount, head.labelStart - pos + 1);
      }
      pos = end + 1;
    }
  }

  private int lineEnd(int i) {
    return i + 1 < lineCount ? lineStarts[i + 1] - 1 : text.length();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Pass two: segments.

  private boolean spoke;

  private void readLine(int i, SpeakerLabels.Decision decision) {
    int start = lineStarts[i];
    int from = LineHead.skipBlanks(text, start, lineEnd(i));
    int to = LineHead.trimEnd(text, from, lineEnd(i));
    if (from >= to) {
      return;
    }
    int line = i + 1;
    LineHead head = heads[i];
    if (head == null && drafts.isEmpty() && title == null && text.startsWith("# ", from)) {
      title = text.substring(from + 2, to).strip();
    } else if (head == null) {
      plainText(line, from, to);
    } else {
      switch (head.type) {
        case URL -> {
          Reference link = Reference.url(text.substring(from, to));
          if (current != null) {
            current.addReference(link);
          } else if (!drafts.isEmpty()) {
            drafts.get(drafts.size() - 1).addReference(link);
          } else {
            orphanReferences.add(link);
          }
        }
        case FOOTER -> {
          String by = text.substring(from + "Transcribed by ".length(), to).strip();
          metadata.put("transcribed-by", by);
          ctx.note("tool-footer", "\"" + text.substring(from, to) + "\" is a tool's footer, not speech; kept as "
              + "the episode's transcribed-by metadata", line, from - start + 1);
        }
        case MARKER -> {
          open(head.kind, null, head.time, line, from - start + 1);
          append(head.markerText);
          current = null;
        }
        case LABEL -> {
          Optional<String> speaker = speakerOf.computeIfAbsent(head.label, decision::speaker);
          if (speaker.isPresent()) {
            speech(speaker.get(), head.time, line, head.labelStart - start + 1, true);
            appendText(line, head.textStart, to);
          } else if (head.time != null && head.fallbackStart > head.time.start()) {
            speech(lastCarried(), head.time, line, from - start + 1, false);
            appendText(line, head.fallbackStart, to);
          } else {
            plainText(line, from, to);
          }
        }
        case NO_COLON -> {
          Optional<String> speaker = speakerOf.computeIfAbsent(head.label, decision::speaker);
          if (speaker.isPresent()) {
            speech(speaker.get(), head.time, line, from - start + 1, true);
            appendText(line, head.textStart, to);
          } else if (noSpeechYet() && head.textStart < to && isCreditName(head.label)) {
            Draft d = open(Segment.Kind.MUSIC, null, head.time, line, from - start + 1);
            d.attribute("credit", head.label);
            ctx.note("music-credit", "took \"" + head.label + "\" before the first speaker as a music credit, "
                + "not a speaker", line, from - start + 1);
            appendText(line, head.textStart, to);
            current = null;
          } else {
            plainText(line, from, to);
          }
        }
        case TIMED -> {
          speech(lastCarried(), head.time, line, from - start + 1, false);
          appendText(line, head.textStart, to);
        }
        case TIME_ONLY -> {
          if (pendingTime != null) {
            ctx.note("unused-time", "the time " + pendingTime.text() + " is followed by another time, not text",
                pendingTimeLine, 1);
          }
          pendingTime = head.time;
          pendingTimeLine = line;
        }
      }
    }
  }

  private static boolean isCreditName(String label) {
    for (int k = 0; k < label.length(); k++) {
      if (Character.isLowerCase(label.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private boolean noSpeechYet() {
    return !spoke;
  }

  private @Nullable String lastCarried() {
    return carry ? lastSpeaker : null;
  }

  private void plainText(int line, int from, int to) {
    int column = from - lineStarts[line - 1] + 1;
    if (pendingTime != null) {
      speech(lastCarried(), null, line, column, false);
    } else if (current == null || current.kind != Segment.Kind.SPEECH) {
      String speaker = lastCarried();
      speech(speaker, null, line, column, false);
      if (speaker != null) {
        ctx.note("carried-speaker", "an unlabelled paragraph after a non-speech segment is taken as "
            + speaker + "'s", line, column);
      } else {
        ctx.note("unattributed-text", "text with no speaker label before it is kept without a speaker", line,
            column);
      }
    }
    appendText(line, from, to);
  }

  private void speech(@Nullable String speaker, Timecodes.@Nullable Match time, int line, int column,
      boolean labelled) {
    Timecodes.Match t = time != null ? time : pendingTime;
    Draft d = open(Segment.Kind.SPEECH, speaker, t, line, column);
    d.labelled = labelled;
    spoke = true;
    if (speaker != null) {
      lastSpeaker = speaker;
    }
  }

  private Draft open(Segment.Kind kind, @Nullable String speaker, Timecodes.@Nullable Match time, int line,
      int column) {
    close();
    finishText();
    Draft d = new Draft(kind, speaker, line, column, fixCount);
    if (pendingTime != null && time != pendingTime) {
      ctx.note("unused-time", "the time " + pendingTime.text() + " on its own line is followed by a line with "
          + "its own time", pendingTimeLine, 1);
    }
    pendingTime = null;
    if (time != null) {
      int timeColumn = time.start() - lineStarts[line - 1] + 1;
      if (!time.valid()) {
        ctx.warn("invalid-time", "\"" + time.text() + "\" is not a time (seconds and minutes run to 59); the "
            + "segment keeps no start", line, Math.max(1, timeColumn), lineText(line));
      } else {
        d.start = time.millis();
        if (time.millis() < lastStart) {
          ctx.warn("time-backwards", "the time " + time.text() + " comes before the previous segment's "
              + Timecodes.format(Duration.ofMillis(lastStart)) + "; kept as given", line, Math.max(1, timeColumn),
              lineText(line));
        }
        lastStart = time.millis();
      }
    }
    drafts.add(d);
    current = d;
    return d;
  }

  private String lineText(int line) {
    return text.substring(lineStarts[line - 1], lineEnd(line - 1));
  }

  private void close() {
    Draft d = current;
    if (d != null && d.labelled && outLength == 0) {
      ctx.warn("empty-turn", "the label " + d.speaker + " has no text", d.line, d.column, lineText(d.line));
    }
    current = null;
  }

  /** Appends the words of {@code text[from, to)} to the current segment: single spaces, hyphenation rejoined. */
  private void appendText(int line, int from, int to) {
    Draft d = current;
    if (d == null) {
      return;
    }
    // The line is copied once, just past the segment's text, and its words are then moved into place: with the
    // single blanks most transcripts put between words, a word is already where it belongs.
    ensureOut(to - from + 1);
    char[] t = out;
    int base = outLength + 1;
    int n = base + (to - from);
    text.getChars(from, to, t, base);
    // Positions in t are base + (position in the text - from).
    int shift = from - base;
    int lineStart = lineStarts[line - 1];
    LigatureRepair r = repair;
    int w = outLength;
    int i = base;
    while (true) {
      while (i < n && isBlank(t[i])) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int tokenStart = i;
      char first = t[i];
      // w stays before tokenStart: the line was copied one place on, and every word had a blank before it.
      if (w > 0 && !(d.hyphenPending && Character.isLetter(first))) {
        t[w++] = ' ';
      }
      String bracketFix = null;
      Optional<LigatureRepair.Repair> fixed = Optional.empty();
      if (r != null && first != '{' && first != '[') {
        // The common case: the repairer finds the word's end and examines it in one reading.
        i = r.scan(t, i, n);
        fixed = r.lastRepair();
      } else {
        while (i < n && !isBlank(t[i])) {
          i++;
        }
        bracketFix = first == '{' || first == '[' ? balancedBrackets(tokenStart + shift, i + shift) : null;
        if (bracketFix == null && r != null) {
          fixed = r.find(t, tokenStart, i);
        }
      }
      int length = i - tokenStart;
      int column = tokenStart + shift - lineStart + 1;
      boolean hyphenated = t[i - 1] == '-' && length >= 2 && Character.isLetter(t[i - 2]);
      if (bracketFix != null) {
        ctx.note("bracket-repair", "the unbalanced \"" + text.substring(tokenStart + shift, i + shift)
            + "\" was read as \"" + bracketFix + "\"", line, column);
        // The fix has the word's length, so it fits where the word goes.
        bracketFix.getChars(0, length, t, w);
      } else {
        if (fixed.isPresent()) {
          addFix(w, fixed.get(), line, column);
        }
        if (w != tokenStart) {
          System.arraycopy(t, tokenStart, t, w, length);
        }
      }
      w += length;
      int next = i;
      while (next < n && isBlank(t[next])) {
        next++;
      }
      d.hyphenPending = next >= n && hyphenated;
      i = next;
    }
    outLength = w;
  }

  /** {@link LineHead#isBlank}, testing the common case, a character above the space, first. */
  private static boolean isBlank(char c) {
    return c <= ' ' ? c == ' ' || c == '\t' || c == '\f' || c == '\u000B' : c == '\u00A0';
  }

  private void ensureOut(int more) {
    if (outLength + more > out.length) {
      out = Arrays.copyOf(out, Math.max(out.length * 2, outLength + more));
    }
  }

  private void append(String s) {
    ensureOut(s.length());
    s.getChars(0, s.length(), out, outLength);
    outLength += s.length();
  }

  private void addFix(int offset, LigatureRepair.Repair fix, int line, int column) {
    if (fixCount == fixOffsets.length) {
      int n = fixCount * 2;
      fixOffsets = Arrays.copyOf(fixOffsets, n);
      fixLines = Arrays.copyOf(fixLines, n);
      fixColumns = Arrays.copyOf(fixColumns, n);
      fixRepairs = Arrays.copyOf(fixRepairs, n);
    }
    fixOffsets[fixCount] = offset;
    fixLines[fixCount] = line;
    fixColumns[fixCount] = column;
    fixRepairs[fixCount] = fix;
    fixCount++;
  }

  /** {@code {inaudible]} → {@code [inaudible]}: a mistyped bracket in a marker; null when the token is fine. */
  private @Nullable String balancedBrackets(int from, int to) {
    String token = text.charAt(from) == '{' ? text.substring(from, to) : null;
    if (token != null && token.indexOf(']') > 0 && token.indexOf('}') < 0) {
      return "[" + token.substring(1);
    }
    if (text.charAt(from) == '[') {
      String t = text.substring(from, to);
      int brace = t.indexOf('}');
      if (brace > 0 && t.indexOf(']') < 0) {
        return t.substring(0, brace) + "]" + t.substring(brace + 1);
      }
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Ligature repair and the episode.

  private void applyRepairs() {
    LigatureRepair r = repair;
    if (r == null) {
      return;
    }
    if (!r.damaged()) {
      if (r.repairableWords() > 0) {
        ctx.note("ligature-check", r.repairableWords() + " words looked like lost ligatures, too few to call the "
            + "text damaged; they were left as they are");
      }
      return;
    }
    // The notes, in the order of the text; the segments' strings take the repairs when they are built.
    int total = fixCount;
    for (int f = 0; f < fixCount; f++) {
      ctx.note("ligature-repair", fixRepairs[f].note(), fixLines[f], fixColumns[f]);
    }
    repaired = true;
    repairs = total;
    ctx.note("ligature-damage", "the text lost its ligatures in PDF extraction (ti→E, ft→L, tt→h, tti→i, "
        + "tf→t): repaired " + total + " words (" + r.repairableWords() + " distinct); pass repairLigatures(false) "
        + "to keep the text as it is, or extraWords to protect names");
  }

  /** How many words were repaired, for tests. */
  int repairs() {
    return repairs;
  }

  private Episode build() {
    Map<String, Speaker> speakers = new LinkedHashMap<>();
    List<Segment> segments = new ArrayList<>(drafts.size());
    for (int k = 0; k < drafts.size(); k++) {
      Draft d = drafts.get(k);
      int fixTo = k + 1 < drafts.size() ? drafts.get(k + 1).fixFrom : fixCount;
      String segmentText = d.text;
      if (d.textRepaired != repaired && d.fixFrom < fixTo) {
        char[] written = segmentText.toCharArray();
        segmentText = splice(written, written.length, d.fixFrom, fixTo, repaired);
      }
      Segment.Builder b = Segment.builder().kind(d.kind).text(segmentText)
          .source(ctx.at(d.line, d.column));
      if (d.references != null) {
        b.addReferences(d.references);
      }
      if (d.attributes != null) {
        b.attributes(d.attributes);
      }
      if (d.speaker != null) {
        b.speaker(speakers.computeIfAbsent(d.speaker, LabeledTextReader::speaker));
      }
      if (d.start >= 0) {
        b.start(Duration.ofMillis(d.start));
      }
      segments.add(b.build());
    }
    Episode.Builder episode = Episode.builder().addSpeakers(speakers.values()).addSegments(segments)
        .deriveEndTimes();
    metadata.forEach(episode::metadata);
    if (title != null && !title.isEmpty()) {
      episode.title(title);
    }
    return episode.build();
  }

  /**
   * Makes the string of the last draft from {@link #out}, repaired if the document looks damaged so far: a
   * damaged document shows it within its first paragraphs, so the guess is nearly always what the end decides.
   */
  private void finishText() {
    if (drafts.isEmpty()) {
      return;
    }
    Draft d = drafts.get(drafts.size() - 1);
    if (d.text != null) {
      return;
    }
    boolean repair = this.repair != null && d.fixFrom < fixCount && this.repair.damaged();
    d.text = repair ? splice(out, outLength, d.fixFrom, fixCount, true) : new String(out, 0, outLength);
    d.textRepaired = repair;
    outLength = 0;
  }

  /**
   * The text {@code source[0, length)} with the fixes {@code [fixFrom, fixTo)} applied ({@code toRepaired}) or
   * undone; the fixes' offsets count in the unrepaired text.
   */
  private String splice(char[] source, int length, int fixFrom, int fixTo, boolean toRepaired) {
    int size = length;
    for (int f = fixFrom; f < fixTo; f++) {
      int grows = fixRepairs[f].replacement().length() - fixRepairs[f].original().length();
      size += toRepaired ? grows : -grows;
    }
    if (scratch.length < size) {
      scratch = new char[Math.max(size, scratch.length * 2)];
    }
    int copied = 0;
    int n = 0;
    int shift = 0;
    for (int f = fixFrom; f < fixTo; f++) {
      String original = fixRepairs[f].original();
      String replacement = fixRepairs[f].replacement();
      String put = toRepaired ? replacement : original;
      int at = fixOffsets[f] + (toRepaired ? 0 : shift);
      System.arraycopy(source, copied, scratch, n, at - copied);
      n += at - copied;
      put.getChars(0, put.length(), scratch, n);
      n += put.length();
      copied = at + (toRepaired ? original : replacement).length();
      shift += replacement.length() - original.length();
    }
    System.arraycopy(source, copied, scratch, n, length - copied);
    return new String(scratch, 0, size);
  }

  private char[] scratch = new char[1024];

  /** Interview conventions name the roles: Q and Interviewer ask, A and Respondent answer. */
  private static Speaker speaker(String id) {
    switch (id.toLowerCase(Locale.ROOT)) {
      case "q", "interviewer", "host", "question":
        return Speaker.of(id, id, Speaker.Role.HOST);
      case "a", "respondent", "interviewee", "guest", "answer":
        return Speaker.of(id, id, Speaker.Role.GUEST);
      default:
        return Speaker.of(id);
    }
  }

  private static final class Draft {
    final Segment.Kind kind;
    final @Nullable String speaker;
    final int line;
    final int column;
    /** Where the draft's repairs begin; they run to where the next draft's begin. */
    final int fixFrom;
    /** The text, once the draft is done, and whether the repairs are in it. */
    @Nullable String text;
    boolean textRepaired;
    long start = -1;
    boolean labelled;
    boolean hyphenPending;
    @Nullable List<Reference> references;
    @Nullable Map<String, String> attributes;

    Draft(Segment.Kind kind, @Nullable String speaker, int line, int column, int fixFrom) {
      this.kind = kind;
      this.speaker = speaker;
      this.line = line;
      this.column = column;
      this.fixFrom = fixFrom;
    }

    void addReference(Reference link) {
      if (references == null) {
        references = new ArrayList<>(2);
      }
      references.add(link);
    }

    void addReferences(List<Reference> links) {
      if (references == null) {
        references = new ArrayList<>(links.size());
      }
      references.addAll(links);
    }

    void attribute(String key, String value) {
      if (attributes == null) {
        attributes = new LinkedHashMap<>(2);
      }
      attributes.put(key, value);
    }
  }
}
