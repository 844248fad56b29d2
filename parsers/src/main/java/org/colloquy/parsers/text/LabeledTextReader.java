package org.colloquy.parsers.text;

import java.nio.charset.StandardCharsets;
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

  private int[] lineStarts;
  private int lineCount;
  private LineHead[] heads;

  /**
   * The text of the segment being read, in UTF-8: appending a word is an array copy, and the segment's string is made
   * once, when the next segment opens, with its ligature repairs spliced in if the document looks damaged by
   * then. The few segments that guess wrong are redone at the end.
   */
  private byte[] out = new byte[1024];
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
    // Room for the lines of a text with lines of some fifty characters, so that the arrays rarely grow.
    int lines = Math.max(1024, text.length() / 48);
    this.lineStarts = new int[lines];
    this.heads = new LineHead[lines];
    this.carry = ctx.options().speakerCarry() == SpeakerCarry.CARRY_FORWARD;
    this.repair = ctx.options().repairLigatures() ? LigatureRepair.create(ctx.options()) : null;
  }

  Episode read() {
    SpeakerLabels labels = SpeakerLabels.create(ctx.options());
    indexLines(labels);
    SpeakerLabels.Decision decision = labels.decide(ctx);
    indexBytes();
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

  /**
   * The text in UTF-8, which the second pass copies words from, and where each line starts in it: byte offsets
   * equal character offsets on a line of ASCII, the common case.
   */
  private byte[] bytes = new byte[0];

  private int[] lineByteStarts = new int[0];

  private void indexBytes() {
    bytes = ctx.textUtf8();
    // A text of ASCII alone (as long in bytes as in characters) has its lines where the characters have them.
    ascii = bytes.length == text.length();
    if (ascii) {
      return;
    }
    lineByteStarts = new int[lineCount + 1];
    int line = 0;
    lineByteStarts[line++] = 0;
    for (int k = 0; k < bytes.length && line < lineCount; k++) {
      if (bytes[k] == '\n') {
        lineByteStarts[line++] = k + 1;
      }
    }
    lineByteStarts[lineCount] = bytes.length + 1;
  }

  private boolean ascii;

  private int lineByteStart(int i) {
    return ascii ? lineStarts[i] : lineByteStarts[i];
  }

  private boolean isAsciiLine(int i) {
    if (ascii) {
      return true;
    }
    int chars = (i + 1 < lineCount ? lineStarts[i + 1] : text.length() + 1) - lineStarts[i];
    return lineByteStarts[i + 1] - lineByteStarts[i] == chars;
  }

  /** The UTF-8 length of {@code text[from, to)}, as {@link String#getBytes} encodes it (a lone surrogate as '?'). */
  private int utf8Length(int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c) && k + 1 < to && Character.isLowSurrogate(text.charAt(k + 1))) {
        n += 4;
        k++;
      } else if (Character.isSurrogate(c)) {
        n++;
      } else {
        n += 3;
      }
    }
    return n;
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
    // The line's bytes are copied once, just past the segment's text, and its words are then moved into place:
    // with the single blanks most transcripts put between words, a word is already where it belongs.
    int lineIndex = line - 1;
    int lineStart = lineByteStart(lineIndex);
    boolean ascii = isAsciiLine(lineIndex);
    int byteFrom = lineStart + (ascii ? from - lineStarts[lineIndex] : utf8Length(lineStarts[lineIndex], from));
    int byteTo = byteFrom + (ascii ? to - from : utf8Length(from, to));
    // Eight bytes of slack, so that the scan can read a long at any word's start.
    ensureOut(byteTo - byteFrom + 1 + 8);
    byte[] t = out;
    int base = outLength + 1;
    int n = base + (byteTo - byteFrom);
    System.arraycopy(bytes, byteFrom, t, base, byteTo - byteFrom);
    // Positions in t are base + (position in the bytes - byteFrom).
    int shift = byteFrom - base;
    LigatureRepair r = repair;
    int w = outLength;
    boolean hyphenPending = d.hyphenPending;
    int i = skipBlanks(t, base, n);
    while (i < n) {
      int tokenStart = i;
      // w stays before tokenStart: the line was copied one place on, and every word had a blank before it.
      if (w > 0 && !(hyphenPending && isLetterAt(t, i, n))) {
        t[w++] = ' ';
      }
      byte first = t[i];
      String bracketFix = null;
      Optional<LigatureRepair.Repair> fixed = Optional.empty();
      if (r != null && first != '{' && first != '[') {
        // The common case: the repairer finds the word's end and examines it in one reading.
        i = r.scan(t, i, n);
        fixed = r.lastRepair();
      } else {
        i = tokenEnd(t, i, n);
        bracketFix = first == '{' || first == '[' ? balancedBrackets(utf8(t, tokenStart, i)) : null;
        if (bracketFix == null && r != null) {
          char[] token = utf8(t, tokenStart, i).toCharArray();
          fixed = r.find(token, 0, token.length);
        }
      }
      int length = i - tokenStart;
      boolean hyphenated = t[i - 1] == '-' && length >= 2 && isLetterBefore(t, i - 1, tokenStart);
      if (bracketFix != null) {
        ctx.note("bracket-repair", "the unbalanced \"" + utf8(t, tokenStart, i) + "\" was read as \"" + bracketFix
            + "\"", line, column(lineIndex, tokenStart + shift));
        // Only brackets change, one byte each, so the fix fits where the word goes.
        byte[] fix = bracketFix.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(fix, 0, t, w, length);
      } else {
        if (fixed.isPresent()) {
          addFix(w, fixed.get(), line, column(lineIndex, tokenStart + shift));
        }
        if (w != tokenStart) {
          System.arraycopy(t, tokenStart, t, w, length);
        }
      }
      w += length;
      // Most words are followed by one tab or space and then the next word.
      if (i + 1 < n && (t[i] == '\t' || t[i] == ' ') && t[i + 1] > ' ') {
        i++;
      } else {
        i = skipBlanks(t, i, n);
      }
      hyphenPending = i >= n && hyphenated;
    }
    d.hyphenPending = hyphenPending;
    outLength = w;
  }

  /** The first position at or after {@code i} that is not a blank (no-break space being two bytes in UTF-8). */
  private static int skipBlanks(byte[] t, int i, int n) {
    while (i < n) {
      byte b = t[i];
      if (b == ' ' || b == '\t' || b == '\f' || b == 0x0B) {
        i++;
      } else if (b == (byte) 0xC2 && i + 1 < n && t[i + 1] == (byte) 0xA0) {
        i += 2;
      } else {
        break;
      }
    }
    return i;
  }

  /** The end of the token at {@code i}: the next blank, or {@code n}. */
  private static int tokenEnd(byte[] t, int i, int n) {
    while (i < n && skipBlanks(t, i, n) == i) {
      i++;
    }
    return i;
  }

  /** A segment's text from its UTF-8 bytes; in a text of ASCII alone, a plain copy. */
  private String segmentText(byte[] t, int length) {
    return new String(t, 0, length, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
  }

  private static String utf8(byte[] t, int from, int to) {
    return new String(t, from, to - from, StandardCharsets.UTF_8);
  }

  /** Whether the character starting at {@code t[i]} is a letter. */
  private static boolean isLetterAt(byte[] t, int i, int n) {
    byte b = t[i];
    if (b >= 0) {
      return (char) ((b | 0x20) - 'a') < 26;
    }
    int end = i + 1;
    while (end < n && (t[end] & 0xC0) == 0x80) {
      end++;
    }
    return Character.isLetter(utf8(t, i, end).codePointAt(0));
  }

  /** Whether the character ending just before {@code t[end]} (and not before {@code start}) is a letter. */
  private static boolean isLetterBefore(byte[] t, int end, int start) {
    int i = end - 1;
    while (i > start && (t[i] & 0xC0) == 0x80) {
      i--;
    }
    return isLetterAt(t, i, end);
  }

  /** The 1-based column, in characters, of the byte {@code at} of line {@code lineIndex}. */
  private int column(int lineIndex, int at) {
    int lineStart = lineByteStart(lineIndex);
    if (isAsciiLine(lineIndex)) {
      return at - lineStart + 1;
    }
    return utf8(bytes, lineStart, at).length() + 1;
  }

  private void ensureOut(int more) {
    if (outLength + more > out.length) {
      out = Arrays.copyOf(out, Math.max(out.length * 2, outLength + more));
    }
  }

  private void append(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    ensureOut(b.length);
    System.arraycopy(b, 0, out, outLength, b.length);
    outLength += b.length;
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
  private static @Nullable String balancedBrackets(String token) {
    if (token.charAt(0) == '{' && token.indexOf(']') > 0 && token.indexOf('}') < 0) {
      return "[" + token.substring(1);
    }
    if (token.charAt(0) == '[') {
      int brace = token.indexOf('}');
      if (brace > 0 && token.indexOf(']') < 0) {
        return token.substring(0, brace) + "]" + token.substring(brace + 1);
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
        byte[] written = segmentText.getBytes(StandardCharsets.UTF_8);
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
    d.text = repair ? splice(out, outLength, d.fixFrom, fixCount, true) : segmentText(out, outLength);
    d.textRepaired = repair;
    outLength = 0;
  }

  /**
   * The UTF-8 text {@code source[0, length)} with the fixes {@code [fixFrom, fixTo)} applied ({@code toRepaired})
   * or undone; the fixes' offsets count bytes of the unrepaired text.
   */
  private String splice(byte[] source, int length, int fixFrom, int fixTo, boolean toRepaired) {
    int size = length;
    for (int f = fixFrom; f < fixTo; f++) {
      int grows = fixRepairs[f].replacementUtf8().length - fixRepairs[f].originalUtf8().length;
      size += toRepaired ? grows : -grows;
    }
    if (scratch.length < size) {
      scratch = new byte[Math.max(size, scratch.length * 2)];
    }
    int copied = 0;
    int n = 0;
    int shift = 0;
    for (int f = fixFrom; f < fixTo; f++) {
      byte[] original = fixRepairs[f].originalUtf8();
      byte[] replacement = fixRepairs[f].replacementUtf8();
      byte[] put = toRepaired ? replacement : original;
      int at = fixOffsets[f] + (toRepaired ? 0 : shift);
      System.arraycopy(source, copied, scratch, n, at - copied);
      n += at - copied;
      System.arraycopy(put, 0, scratch, n, put.length);
      n += put.length;
      copied = at + (toRepaired ? original : replacement).length;
      shift += replacement.length - original.length;
    }
    System.arraycopy(source, copied, scratch, n, length - copied);
    return segmentText(scratch, size);
  }

  private byte[] scratch = new byte[1024];

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
