package org.colloquy.parsers.srt;

import org.colloquy.format.ReadContext;
import org.colloquy.format.ReadOptions;
import org.colloquy.model.Episode;
import java.util.Map;
import org.colloquy.parsers.common.CueDrafts;
import org.colloquy.parsers.common.CueText;
import org.colloquy.parsers.common.CueTime;
import org.colloquy.parsers.common.Latin1View;
import org.colloquy.parsers.common.ViewedText;
import org.jspecify.annotations.Nullable;

/**
 * Reads SubRip text in one pass by index over the whole text: a block is an optional index line, a timing line
 * and text lines up to a blank line. A block is held until the next one starts, because text after a blank line
 * that does not start a block still belongs to it. One read, not thread-safe.
 */
final class SrtReader {

  private final ReadContext context;
  private CueDrafts drafts;
  private final Episode.Builder episode = Episode.builder();
  private final CueTime time = new CueTime();
  private final StringBuilder clean = new StringBuilder();
  private final CueText cleaner = new CueText();
  private ViewedText source = ViewedText.of("");
  /** The view of {@link #source}, where the hot paths look. */
  private byte[] view = new byte[0];
  private int length;

  // The last timing line read.
  private long timingStart;
  private long timingEnd;
  private int timingFlags;
  private boolean oddArrow;
  /** The value of the index line {@link #canonicalHead} read, or -1 when it is not a plain ordinal. */
  private long indexValue;
  private int trailingFrom;
  private int timingFrom;
  private int timingTo;

  // The block being read, emitted when the next one starts.
  private boolean pending;
  private @Nullable String pendingId;
  private int pendingLine;
  private long pendingStart;
  private long pendingEnd;
  private @Nullable String pendingTrailing;
  private int pendingTextFrom;
  private int pendingTextTo;
  private @Nullable StringBuilder pendingExtra;

  // Where the next '>', '<' and '{' are: none lies between the start of the scan that found one and it.
  private int gtFrom = Integer.MAX_VALUE;
  private int gtAt;
  private int ltFrom = Integer.MAX_VALUE;
  private int ltAt;
  private int braceFrom = Integer.MAX_VALUE;
  private int braceAt;

  private int ordinal;
  private int lenientTimings;
  private int oddArrows;

  SrtReader(ReadContext context) {
    this.context = context;
    this.drafts = new CueDrafts(context.options(), 0);
  }

  /** How sure we are that {@code head} is SubRip. */
  static double detect(String head) {
    String s = head.startsWith("\uFEFF") ? head.substring(1) : head;
    if (s.startsWith("WEBVTT")) {
      return 0.05;
    }
    SrtReader probe = new SrtReader(ReadContext.of("sample", "", ReadOptions.defaults()));
    probe.source = ViewedText.of(s);
    probe.view = probe.source.view();
    probe.length = s.length();
    int pos = 0;
    while (pos < probe.length && Character.isWhitespace(s.charAt(pos))) {
      pos++;
    }
    int end = probe.lineEnd(pos);
    if (probe.timing(pos, end)) {
      return 0.75;
    }
    if (end < probe.length && probe.timing(end + 1, probe.lineEnd(end + 1))) {
      return isDigits(s, pos, end) ? 0.9 : 0.6;
    }
    for (int lines = 0; lines < 30 && end < probe.length; lines++) {
      pos = end + 1;
      end = probe.lineEnd(pos);
      if (probe.timing(pos, end) && (probe.timingFlags & CueTime.COMMA) != 0) {
        return 0.55;
      }
    }
    return 0;
  }

  Episode read() {
    source = ViewedText.of(context);
    view = source.view();
    length = source.length();
    drafts = new CueDrafts(context.options(), length);
    int pos = 0;
    int line = 1;
    while (pos < length) {
      if (view[pos] == '\n') {
        pos++;
        line++;
        continue;
      }
      String id = null;
      boolean indexed = false;
      int blockLine = line;
      int end;
      int indexEnd = canonicalHead(pos);
      if (indexEnd >= 0) {
        // Nearly every block: an index line and a timing line of plain timestamps, read at fixed places.
        indexed = true;
        id = indexValue == ordinal + 1 ? null : source.substring(pos, indexEnd);
        end = timingTo;
        line++;
      } else {
        end = lineEnd(pos);
        if (isBlank(pos, end)) {
          pos = end + 1;
          line++;
          continue;
        }
        if (!timing(pos, end)) {
          int next = end + 1;
          if (next < length && timing(next, lineEnd(next))) {
            indexed = true;
            id = isOrdinal(pos, end, ordinal + 1) ? null : source.substring(pos, end).strip();
            end = lineEnd(next);
            line++;
          } else {
            straySomething(pos, end, line);
            pos = end + 1;
            line++;
            continue;
          }
        }
      }
      int timingLine = line;
      boolean kept = beginBlock(id, indexed, blockLine, timingLine);
      pos = end + 1;
      line++;
      int textFrom = Math.min(pos, length);
      int textTo = textFrom;
      while (pos < length) {
        byte first = view[pos];
        if (first == '\n') {
          break;
        }
        int lineEnd = lineEnd(pos);
        // Only a line starting with a blank, a digit or a minus can be blank or start a block.
        if (mayBeBlankOrStartBlock(first, pos) && (isBlank(pos, lineEnd) || startsBlock(pos, lineEnd))) {
          break;
        }
        textTo = lineEnd;
        pos = lineEnd + 1;
        line++;
      }
      if (kept) {
        pendingTextFrom = textFrom;
        pendingTextTo = textTo;
      }
    }
    flush();
    if (lenientTimings > 1) {
      context.note("lenient-timestamp", lenientTimings + " timing lines in all broke the SubRip syntax");
    }
    try {
      drafts.addTo(episode, context);
      return episode.build();
    } catch (IllegalArgumentException e) {
      throw context.fail(1, 1, "a consistent SubRip file", String.valueOf(e.getMessage()));
    }
  }

  private boolean mayBeBlankOrStartBlock(byte b, int at) {
    return b <= '9' && (b >= '0' || b == ' ' || b == '\t' || b == '-' || b == '\f' || b == (byte) 0xA0)
        || b == '?' && source.charAt(at) == '\u2212';
  }

  /**
   * Where the index line ends when {@code text[from, …)} is digits alone on a line followed by a timing line of
   * two {@linkplain CueTime#plain plain} timestamps, {@code " --> "} between them and nothing after; else -1. On
   * success the timing fields hold what {@link #timing} would have left there.
   */
  private int canonicalHead(int from) {
    byte[] v = view;
    int i = from;
    long value = 0;
    while (i < length && v[i] >= '0' && v[i] <= '9') {
      value = value * 10 + v[i] - '0';
      i++;
    }
    if (i == from || i >= length || v[i] != '\n') {
      return -1;
    }
    // As isOrdinal judges: a leading zero or more than nine digits make an index worth keeping.
    indexValue = i - from > 9 || v[from] == '0' ? -1 : value;
    int t = i + 1;
    if (!time.plain(v, t, length) || time.flags() != CueTime.COMMA) {
      return -1;
    }
    long start = time.millis();
    int a = time.end();
    if (a + 5 >= length || v[a] != ' ' || v[a + 1] != '-' || v[a + 2] != '-' || v[a + 3] != '>'
        || v[a + 4] != ' ') {
      return -1;
    }
    if (!time.plain(v, a + 5, length) || time.flags() != CueTime.COMMA) {
      return -1;
    }
    int to = time.end();
    if (to < length && v[to] != '\n') {
      return -1;
    }
    timingStart = start;
    timingEnd = time.millis();
    timingFrom = t;
    timingTo = to;
    timingFlags = CueTime.COMMA;
    trailingFrom = to;
    oddArrow = false;
    return i;
  }

  /** A line that starts a block without a blank line before it: a timing line, or an index followed by one. */
  private boolean startsBlock(int from, int to) {
    if (hasArrowMark(from, to) && timing(from, to)) {
      return true;
    }
    return isDigits(source.chars(), from, to) && to + 1 < length && timing(to + 1, lineEnd(to + 1));
  }

  private boolean hasArrowMark(int from, int to) {
    if (from < gtFrom || gtAt < from) {
      gtFrom = from;
      gtAt = next('>', from);
    }
    return gtAt < to;
  }

  /** Where {@code c} next occurs from {@code from}, or the text's length: one vectorised scan serves many lines. */
  private int next(char c, int from) {
    int at = Latin1View.indexOf(view, (byte) c, from, length);
    return at < 0 ? length : at;
  }

  private void straySomething(int from, int to, int line) {
    if (pending) {
      // Text after a blank line that starts no block still belongs to the block before it.
      if (pendingExtra == null) {
        pendingExtra = new StringBuilder();
      }
      pendingExtra.append('\n').append(source.chars(), from, to);
      context.note("blank-line-in-text", "a blank line inside a block's text was kept as part of it", line, 1);
    } else {
      String lineText = source.substring(from, to);
      context.warn("stray-text", "text before the first block was skipped: \"" + shorten(lineText) + "\"",
          line, 1, lineText);
    }
  }

  /** Starts a block at the timing line just read; returns false when the block is dropped. */
  private boolean beginBlock(@Nullable String id, boolean indexed, int blockLine, int timingLine) {
    flush();
    if ((timingFlags & CueTime.NEGATIVE) != 0) {
      String lineText = source.substring(timingFrom, timingTo);
      context.error("negative-time", "the block's times \"" + shorten(lineText)
          + "\" are negative; the block was dropped", timingLine, 1, lineText);
      ordinal++;
      return false;
    }
    int odd = timingFlags & ~CueTime.COMMA;
    if (odd != 0 && lenientTimings++ == 0) {
      String lineText = source.substring(timingFrom, timingTo);
      context.warn("lenient-timestamp", "the timing line \"" + shorten(lineText)
          + "\" breaks the SubRip syntax (" + CueTime.describe(odd) + ") and was read leniently", timingLine, 1,
          lineText);
    }
    if (oddArrow && oddArrows++ == 0) {
      String lineText = source.substring(timingFrom, timingTo);
      context.warn("lenient-arrow", "the timing line \"" + shorten(lineText) + "\" has an arrow other than -->",
          timingLine, 1, lineText);
    }
    ordinal++;
    if (!indexed) {
      context.note("missing-index", "a block has no index line", timingLine, 1);
    } else if (id != null && !isDigits(id, 0, id.length())) {
      context.note("non-numeric-index", "the block index \"" + shorten(id) + "\" is not a number; kept as its id",
          blockLine, 1);
    }
    pending = true;
    pendingId = id;
    pendingLine = blockLine;
    pendingStart = timingStart;
    pendingEnd = timingEnd;
    pendingTrailing = isBlank(trailingFrom, timingTo) ? null : source.substring(trailingFrom, timingTo).strip();
    pendingTextFrom = timingTo;
    pendingTextTo = timingTo;
    pendingExtra = null;
    return true;
  }

  /** Whether the index line {@code text[from, to)} is just the block's position, which need not be kept. */
  private boolean isOrdinal(int from, int to, int ordinal) {
    while (from < to && view[from] == ' ') {
      from++;
    }
    while (to > from && view[to - 1] == ' ') {
      to--;
    }
    if (to - from > 9 || !isDigits(source.chars(), from, to) || view[from] == '0') {
      return false;
    }
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + view[i] - '0';
    }
    return value == ordinal;
  }

  private void flush() {
    if (!pending) {
      return;
    }
    pending = false;
    long end = pendingEnd;
    Map<String, String> kept = pendingTrailing == null ? null : Map.of("trailing", pendingTrailing);
    String cleanText;
    int from = pendingTextFrom;
    int to = pendingTextTo;
    while (from < to && isBlank(view[from])) {
      from++;
    }
    while (to > from && isBlank(view[to - 1])) {
      to--;
    }
    if (pendingExtra == null && from < to && CueText.isPlain(view, from, to)) {
      // The common case: the text is already clean where it stands, and the drafts copy only what they keep.
      if (checkTimes()) {
        end = -1;
      }
      drafts.add(pendingStart, end, pendingLine, source, from, to, pendingId, false, null, kept, null);
      return;
    }
    if (pendingExtra == null && !hasMarkup(from, to)) {
      cleanText = cleaner.clean(source, from, to);
    } else {
      clean.setLength(0);
      // Markup: taken out of the text as a String.
      cleanUp(source.text(), pendingTextFrom, pendingTextTo);
      if (pendingExtra != null) {
        String extra = pendingExtra.toString();
        cleanUp(extra, 0, extra.length());
      }
      cleanText = clean.toString();
    }
    if (cleanText.isEmpty()) {
      context.note("empty-block", "a block without text was skipped", pendingLine, 1);
      return;
    }
    if (checkTimes()) {
      end = -1;
    }
    drafts.add(pendingStart, end, pendingLine, cleanText, pendingId, false, null, kept, null);
  }

  /** Whether the pending block ends before it starts, which is reported and its end dropped. */
  private boolean checkTimes() {
    if (pendingEnd < pendingStart) {
      context.warn("end-before-start", "the block ends before it starts; its end was dropped", pendingLine, 1);
      return true;
    }
    return false;
  }

  private boolean hasMarkup(int from, int to) {
    if (from < ltFrom || ltAt < from) {
      ltFrom = from;
      ltAt = next('<', from);
    }
    if (from < braceFrom || braceAt < from) {
      braceFrom = from;
      braceAt = next('{', from);
    }
    return ltAt < to || braceAt < to;
  }

  /** Appends {@code s[from, to)} to {@link #clean} without markup, on one line, with single spaces. */
  private void cleanUp(String s, int from, int to) {
    boolean space = clean.length() > 0;
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (c == '<') {
        int close = tagEnd(s, i, to);
        if (close > 0) {
          i = close;
          continue;
        }
      } else if (c == '{' && i + 1 < to && s.charAt(i + 1) == '\\') {
        int close = indexOf(s, '}', i, Math.min(to, i + 200));
        if (close > 0) {
          i = close + 1;
          continue;
        }
      }
      if (c == ' ' || c == '\n' || c == '\t' || c == '\u00A0' || c == '\f') {
        space = clean.length() > 0;
      } else {
        if (space) {
          clean.append(' ');
          space = false;
        }
        clean.append(c);
      }
      i++;
    }
  }

  /** The end of a basic formatting tag ({@code <i>}, {@code </b>}, {@code <font color=…>}) at {@code i}, or -1. */
  private static int tagEnd(String s, int i, int to) {
    int j = i + 1;
    if (j < to && s.charAt(j) == '/') {
      j++;
    }
    int nameStart = j;
    while (j < to && Character.isLetter(s.charAt(j))) {
      j++;
    }
    int nameLength = j - nameStart;
    boolean known = nameLength == 1 && "ibusIBUS".indexOf(s.charAt(nameStart)) >= 0
        || nameLength == 4 && s.regionMatches(true, nameStart, "font", 0, 4);
    if (!known) {
      return -1;
    }
    int close = indexOf(s, '>', j, Math.min(to, i + 200));
    if (close < 0) {
      return -1;
    }
    char after = s.charAt(j);
    return after == '>' || after == ' ' || after == '\t' ? close + 1 : -1;
  }

  /**
   * Whether {@code text[from, to)} is a timing line: a timestamp, an arrow ({@code -->}, {@code -- >},
   * {@code - >}, {@code ->}), a timestamp, and anything after it. Leaves the times and flags in fields.
   */
  private boolean timing(int from, int to) {
    int gt = -1;
    for (int i = from; i < to; i++) {
      if (view[i] == '>') {
        gt = i;
        break;
      }
    }
    if (gt < 0) {
      return false;
    }
    int a = gt - 1;
    if (a >= from && view[a] == ' ') {
      a--;
    }
    if (a < from || view[a] != '-') {
      return false;
    }
    int arrowStart = a > from && view[a - 1] == '-' ? a - 1 : a;
    int s = skipBlanks(from, arrowStart);
    CharSequence chars = source.chars();
    if (!time.parse(chars, s, arrowStart) || skipBlanks(time.end(), arrowStart) != arrowStart) {
      return false;
    }
    long start = time.millis();
    int flags = time.flags() | hourFlag(s);
    int e = skipBlanks(gt + 1, to);
    if (!time.parse(chars, e, to)) {
      return false;
    }
    timingStart = start;
    timingEnd = time.millis();
    timingFrom = from;
    timingTo = to;
    timingFlags = flags | time.flags() | hourFlag(e);
    trailingFrom = time.end();
    oddArrow = gt - arrowStart != 2;
    return true;
  }

  private int hourFlag(int at) {
    int i = at < length && view[at] == '-' ? at + 1 : at;
    return (time.flags() & CueTime.MISSING_HOURS) == 0 && i + 1 < length && view[i + 1] == ':'
        ? CueTime.SHORT_FIELD : 0;
  }

  private int skipBlanks(int i, int to) {
    while (i < to && (view[i] == ' ' || view[i] == '\t')) {
      i++;
    }
    return i;
  }

  private int lineEnd(int from) {
    int end = Latin1View.indexOf(view, (byte) '\n', from, length);
    return end < 0 ? length : end;
  }

  private boolean isBlank(int from, int to) {
    for (int i = from; i < to; i++) {
      byte b = view[i];
      if (b != ' ' && b != '\t' && b != (byte) 0xA0 && b != '\f') {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code b} is a blank of the {@link #view}: a line end or any blank {@link CueText} collapses. */
  private static boolean isBlank(byte b) {
    return b == ' ' || b == '\n' || b == '\t' || b == '\f' || b == '\r' || b == (byte) 0xA0;
  }

  private static boolean isDigits(CharSequence s, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  // Bounded by hand: String.indexOf would search on to the end of the file.
  private static int indexOf(String s, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private static String shorten(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
