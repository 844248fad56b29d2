package org.colloquy.parsers.vtt;

import java.util.HashMap;
import java.util.Map;
import org.colloquy.parsers.common.Latin1View;
import org.colloquy.parsers.common.ViewedText;
import org.jspecify.annotations.Nullable;

/**
 * The WebVTT file parsing algorithm (WHATWG/W3C "WebVTT: The Web Video Text Tracks Format", section 6): the
 * signature, the header, blocks (cues, STYLE, REGION, and the rest), cue timings and settings, and region
 * settings. Works on the whole text's view by index, one pass, without copying lines: a cue's payload is one
 * range of the text, copied out only when a reader asks for it. Cues go to a {@link Listener} as they are found.
 *
 * <p>The input must already have its line ends as LF, no byte order mark, and NULs replaced by U+FFFD.
 */
final class VttParser {

  /** What the parser found, in order. */
  interface Listener {
    /** A cue, with its payload in {@link VttCue#text}. */
    void cue(VttCue cue);

    /** The header: the rest of the signature line and the lines of the header block. */
    default void header(String text, int line) {}

    /** A block starting {@code NOTE}. */
    default void comment(String text, int line) {}

    /** A STYLE block's style sheet. */
    default void style(String text, int line) {}

    /** A REGION block's region. */
    default void region(VttRegion region, int line) {}

    /** A block that is none of the above and was dropped (a cue whose timings failed, stray text). */
    default void dropped(String text, int line) {}

    /** A cue setting that did not take effect. */
    default void ignoredSetting(String setting, int line) {}

    /**
     * The timings of a line with an arrow did not parse. Returns true when the listener has set the cue's times
     * some other way (a lenient reader), so that the cue is kept.
     */
    default boolean repairTimings(VttCue cue, String input, int from, int to, int line) {
      return false;
    }
  }

  private final ViewedText source;
  private final byte[] view;
  private final int length;
  private final Listener listener;
  private final VttTime time = new VttTime();
  private final Map<String, VttRegion> regions = new HashMap<>();
  private int pos;
  private int lineNo = 1;
  private boolean seenCue;

  VttParser(String input, Listener listener) {
    this(ViewedText.of(input), listener);
  }

  /** A parser of {@code source}, which reads structure on its view and copies out only what it keeps. */
  VttParser(ViewedText source, Listener listener) {
    this.source = source;
    this.view = source.view();
    this.length = source.length();
    this.listener = listener;
  }

  /** Whether the view {@code v} starts with a valid WebVTT signature. */
  private static boolean hasSignature(byte[] v) {
    if (v.length < 6 || v[0] != 'W' || v[1] != 'E' || v[2] != 'B' || v[3] != 'V' || v[4] != 'T' || v[5] != 'T') {
      return false;
    }
    return v.length == 6 || v[6] == ' ' || v[6] == '\t' || v[6] == '\n';
  }

  /** Whether {@code text} starts with a valid WebVTT signature. */
  static boolean hasSignature(CharSequence text) {
    if (text.length() < 6 || !"WEBVTT".contentEquals(text.subSequence(0, 6))) {
      return false;
    }
    if (text.length() == 6) {
      return true;
    }
    char c = text.charAt(6);
    return c == ' ' || c == '\t' || c == '\n';
  }

  /** Runs the algorithm; returns false, having reported nothing, when the signature is invalid. */
  boolean parse() {
    if (!hasSignature(view)) {
      return false;
    }
    int eol = lineEnd(0);
    String signatureRest = source.substring(6, eol);
    pos = eol;
    if (pos >= length) {
      if (!signatureRest.isBlank()) {
        listener.header(signatureRest.strip(), 1);
      }
      return true;
    }
    pos++;
    lineNo++;
    String header = signatureRest.strip();
    if (pos < length && view[pos] != '\n') {
      int headerLine = lineNo;
      String block = collectBlock(true);
      if (block != null) {
        header = header.isEmpty() ? block : header + "\n" + block;
      }
      if (!header.isEmpty()) {
        listener.header(header, headerLine);
      }
    } else {
      if (!header.isEmpty()) {
        listener.header(header, 1);
      }
      if (pos < length) {
        pos++;
        lineNo++;
      }
    }
    skipNewlines();
    while (pos < length) {
      collectBlock(false);
      skipNewlines();
    }
    return true;
  }

  private void skipNewlines() {
    while (pos < length && view[pos] == '\n') {
      pos++;
      lineNo++;
    }
  }

  private int lineEnd(int from) {
    int end = Latin1View.indexOf(view, (byte) '\n', from, length);
    return end < 0 ? length : end;
  }

  /** Whether the line {@link #scanLine} measured last holds an arrow. */
  private boolean lineHasArrow;

  /** Where the line at {@code from} ends; one scan also tells {@link #lineHasArrow}. */
  private int scanLine(int from) {
    byte[] v = view;
    for (int i = from; ; ) {
      int at = Latin1View.indexOfEither(v, (byte) '\n', (byte) '-', i, length);
      if (at < 0 || v[at] == '\n') {
        lineHasArrow = false;
        return at < 0 ? length : at;
      }
      if (at + 2 < length && v[at + 1] == '-' && v[at + 2] == '>') {
        lineHasArrow = true;
        return lineEnd(at + 3);
      }
      i = at + 1;
    }
  }

  /**
   * "Collect a WebVTT block". Reports what the block is; returns the header text when {@code inHeader}.
   */
  private @Nullable String collectBlock(boolean inHeader) {
    int lineCount = 0;
    int previousPos = pos;
    int previousLine = lineNo;
    int blockLine = lineNo;
    boolean seenArrow = false;
    int bufferStart = -1;
    int bufferEnd = -1;
    int bufferLine = lineNo;
    VttCue cue = null;
    boolean style = false;
    boolean region = false;
    while (true) {
      int lineStart = pos;
      // An empty line, as after every cue, needs no search for its end.
      int lineEnd;
      if (pos < length && view[pos] == '\n') {
        lineEnd = pos;
        lineHasArrow = false;
      } else if (!inHeader && (lineCount == 0 || lineCount == 1 && !seenArrow) && plainTimings(pos)) {
        lineEnd = plainEnd;
        lineHasArrow = true;
      } else {
        lineEnd = scanLine(pos);
      }
      int thisLine = lineNo;
      lineCount++;
      boolean eof = lineEnd >= length;
      if (eof) {
        pos = length;
      } else {
        pos = lineEnd + 1;
        lineNo++;
      }
      if (lineHasArrow) {
        if (!inHeader && (lineCount == 1 || lineCount == 2 && !seenArrow)) {
          seenArrow = true;
          previousPos = pos;
          previousLine = lineNo;
          cue = new VttCue();
          cue.id = bufferStart < 0 ? "" : source.substring(bufferStart, bufferEnd);
          cue.idLine = bufferStart < 0 ? thisLine : bufferLine;
          cue.timingLine = thisLine;
          if (timingsAndSettings(cue, lineStart, lineEnd)
              || listener.repairTimings(cue, source.text(), lineStart, lineEnd, thisLine)) {
            bufferStart = -1;
            seenCue = true;
          } else {
            cue = null;
          }
        } else {
          pos = previousPos;
          lineNo = previousLine;
          break;
        }
      } else if (lineStart == lineEnd) {
        break;
      } else {
        if (!inHeader && lineCount == 2 && !seenCue && bufferStart >= 0) {
          if (isKeyword(bufferStart, bufferEnd, "STYLE")) {
            style = true;
            bufferStart = -1;
          } else if (isKeyword(bufferStart, bufferEnd, "REGION")) {
            region = true;
            bufferStart = -1;
          }
        }
        if (bufferStart < 0) {
          bufferStart = lineStart;
          bufferLine = thisLine;
        }
        bufferEnd = lineEnd;
        previousPos = pos;
        previousLine = lineNo;
      }
      if (eof) {
        break;
      }
    }
    if (cue != null) {
      cue.source = source;
      cue.textFrom = bufferStart < 0 ? 0 : bufferStart;
      cue.textTo = bufferStart < 0 ? 0 : bufferEnd;
      listener.cue(cue);
      return null;
    }
    String buffer = bufferStart < 0 ? "" : source.substring(bufferStart, bufferEnd);
    if (style) {
      listener.style(buffer, blockLine);
    } else if (region) {
      VttRegion parsed = regionSettings(buffer);
      regions.put(parsed.id, parsed);
      listener.region(parsed, blockLine);
    } else if (inHeader) {
      return buffer;
    } else if (isKeyword(bufferStart, bufferEnd, "NOTE")) {
      listener.comment(buffer, bufferLine);
    } else if (!buffer.isEmpty()) {
      listener.dropped(buffer, bufferLine);
    }
    return null;
  }

  /** The line at {@code from} is {@code word} alone or followed by whitespace. */
  private boolean isKeyword(int from, int to, String word) {
    if (from < 0 || from + word.length() > length) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (view[from + i] != word.charAt(i)) {
        return false;
      }
    }
    int after = from + word.length();
    return after >= to || isWhitespace(view[after]);
  }

  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }

  /** {@link #isWhitespace(char)} of a view's byte: the same, the whitespace being ASCII. */
  private static boolean isWhitespace(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r';
  }

  // What plainTimings read last, and where: the line at plainFrom, ending at plainEnd.
  private int plainFrom = -1;
  private int plainEnd;
  private double plainStart;
  private long plainStartMillis;
  private double plainStop;
  private long plainStopMillis;

  /**
   * Reads the line at {@code from} when it is what nearly every timing line is, two timestamps with
   * {@code " --> "} between them and nothing after, without first searching for its end: a timestamp stops at
   * the line end, so it reads the same bounded by the line or by the text.
   */
  private boolean plainTimings(int from) {
    if (from >= length || view[from] < '0' || view[from] > '9' || !time.collect(source, from, length)) {
      return false;
    }
    double start = time.seconds;
    long startMillis = time.millis;
    int i = time.end;
    if (i + 5 >= length || view[i] != ' ' || view[i + 1] != '-' || view[i + 2] != '-' || view[i + 3] != '>'
        || view[i + 4] != ' ' || !time.collect(source, i + 5, length)
        || time.end < length && view[time.end] != '\n') {
      return false;
    }
    plainFrom = from;
    plainEnd = time.end;
    plainStart = start;
    plainStartMillis = startMillis;
    plainStop = time.seconds;
    plainStopMillis = time.millis;
    return true;
  }

  /** "Collect WebVTT cue timings and settings". */
  private boolean timingsAndSettings(VttCue cue, int from, int to) {
    if (from == plainFrom && to == plainEnd) {
      cue.startTime = plainStart;
      cue.startMillis = plainStartMillis;
      cue.endTime = plainStop;
      cue.endMillis = plainStopMillis;
      return true;
    }
    int i = skipWhitespace(from, to);
    if (!time.collect(source, i, to)) {
      return false;
    }
    double start = time.seconds;
    long startMillis = time.millis;
    i = skipWhitespace(time.end, to);
    if (i + 2 >= to || view[i] != '-' || view[i + 1] != '-' || view[i + 2] != '>') {
      return false;
    }
    i = skipWhitespace(i + 3, to);
    if (!time.collect(source, i, to)) {
      return false;
    }
    cue.startTime = start;
    cue.startMillis = startMillis;
    cue.endTime = time.seconds;
    cue.endMillis = time.millis;
    settings(cue, time.end, to);
    return true;
  }

  private int skipWhitespace(int i, int to) {
    while (i < to && isWhitespace(view[i])) {
      i++;
    }
    return i;
  }

  /** "Parse the WebVTT cue settings" from the text's {@code [from, to)}. */
  void settings(VttCue cue, int from, int to) {
    int i = from;
    while (true) {
      i = skipWhitespace(i, to);
      if (i >= to) {
        return;
      }
      int end = i;
      while (end < to && !isWhitespace(view[end])) {
        end++;
      }
      String setting = source.substring(i, end);
      if (!applySetting(cue, setting)) {
        listener.ignoredSetting(setting, cue.timingLine);
      }
      i = end;
    }
  }

  private boolean applySetting(VttCue cue, String setting) {
    int colon = setting.indexOf(':');
    if (colon <= 0 || colon == setting.length() - 1) {
      return false;
    }
    String name = setting.substring(0, colon);
    String value = setting.substring(colon + 1);
    switch (name) {
      case "region": {
        VttRegion found = regions.get(value);
        cue.region = found;
        if (found == null) {
          return false;
        }
        break;
      }
      case "vertical":
        if (!value.equals("rl") && !value.equals("lr")) {
          return false;
        }
        cue.vertical = value;
        break;
      case "line":
        if (!line(cue, value)) {
          return false;
        }
        break;
      case "position":
        if (!position(cue, value)) {
          return false;
        }
        break;
      case "size": {
        double size = percentage(value);
        if (Double.isNaN(size)) {
          return false;
        }
        cue.size = size;
        break;
      }
      case "align":
        switch (value) {
          case "start":
          case "center":
          case "end":
          case "left":
          case "right":
            cue.align = value;
            break;
          default:
            return false;
        }
        break;
      default:
        return false;
    }
    cue.keep(name, value);
    return true;
  }

  private static boolean line(VttCue cue, String value) {
    int comma = value.indexOf(',');
    String linePosition = comma < 0 ? value : value.substring(0, comma);
    String lineAlign = comma < 0 ? null : value.substring(comma + 1);
    boolean digits = false;
    for (int i = 0; i < linePosition.length(); i++) {
      digits |= VttTime.digit(linePosition.charAt(i));
    }
    if (!digits) {
      return false;
    }
    double number;
    boolean snap;
    if (linePosition.endsWith("%")) {
      number = percentage(linePosition);
      if (Double.isNaN(number)) {
        return false;
      }
      snap = false;
    } else {
      int dots = 0;
      for (int i = 0; i < linePosition.length(); i++) {
        char c = linePosition.charAt(i);
        if (c == '-' && i > 0 || c != '-' && c != '.' && !VttTime.digit(c)) {
          return false;
        }
        if (c == '.') {
          dots++;
          if (i == 0 || i == linePosition.length() - 1 || !VttTime.digit(linePosition.charAt(i - 1))
              || !VttTime.digit(linePosition.charAt(i + 1))) {
            return false;
          }
        }
      }
      if (dots > 1) {
        return false;
      }
      number = Double.parseDouble(linePosition) + 0.0;
      // A number too large for a double is not a number a user agent can place a line at.
      if (Double.isInfinite(number)) {
        return false;
      }
      snap = true;
    }
    if (lineAlign != null && !lineAlign.equals("start") && !lineAlign.equals("center")
        && !lineAlign.equals("end")) {
      return false;
    }
    cue.line = number;
    cue.snapToLines = snap;
    cue.lineAlign = lineAlign == null ? "start" : lineAlign;
    return true;
  }

  private static boolean position(VttCue cue, String value) {
    int comma = value.indexOf(',');
    String columnPosition = comma < 0 ? value : value.substring(0, comma);
    String columnAlign = comma < 0 ? null : value.substring(comma + 1);
    double number = percentage(columnPosition);
    if (Double.isNaN(number)) {
      return false;
    }
    if (columnAlign != null && !columnAlign.equals("line-left") && !columnAlign.equals("center")
        && !columnAlign.equals("line-right")) {
      return false;
    }
    cue.position = number;
    cue.positionAlign = columnAlign == null ? "auto" : columnAlign;
    return true;
  }

  /** "Parse a percentage string": digits, optionally a fraction, then {@code %}, from 0 to 100; else NaN. */
  static double percentage(String value) {
    int n = value.length();
    int i = 0;
    while (i < n && VttTime.digit(value.charAt(i))) {
      i++;
    }
    if (i == 0) {
      return Double.NaN;
    }
    if (i < n && value.charAt(i) == '.') {
      int fraction = ++i;
      while (i < n && VttTime.digit(value.charAt(i))) {
        i++;
      }
      if (i == fraction) {
        return Double.NaN;
      }
    }
    if (i != n - 1 || value.charAt(i) != '%') {
      return Double.NaN;
    }
    double number = Double.parseDouble(value.substring(0, n - 1));
    return number < 0 || number > 100 ? Double.NaN : number;
  }

  /** "Collect WebVTT region settings". */
  private static VttRegion regionSettings(String text) {
    VttRegion region = new VttRegion();
    region.settings = text;
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && isWhitespace(text.charAt(i))) {
        i++;
      }
      int end = i;
      while (end < n && !isWhitespace(text.charAt(end))) {
        end++;
      }
      if (end > i) {
        regionSetting(region, text.substring(i, end));
      }
      i = end;
    }
    return region;
  }

  private static void regionSetting(VttRegion region, String setting) {
    int colon = setting.indexOf(':');
    if (colon <= 0 || colon == setting.length() - 1) {
      return;
    }
    String name = setting.substring(0, colon);
    String value = setting.substring(colon + 1);
    switch (name) {
      case "id":
        region.id = value;
        break;
      case "width": {
        double width = percentage(value);
        if (!Double.isNaN(width)) {
          region.width = width;
        }
        break;
      }
      case "lines":
        for (int i = 0; i < value.length(); i++) {
          if (!VttTime.digit(value.charAt(i))) {
            return;
          }
        }
        region.lines = VttTime.number(value, 0, value.length());
        break;
      case "regionanchor":
      case "viewportanchor": {
        int comma = value.indexOf(',');
        if (comma < 0) {
          return;
        }
        double x = percentage(value.substring(0, comma));
        double y = percentage(value.substring(comma + 1));
        if (Double.isNaN(x) || Double.isNaN(y)) {
          return;
        }
        if (name.equals("regionanchor")) {
          region.regionAnchorX = x;
          region.regionAnchorY = y;
        } else {
          region.viewportAnchorX = x;
          region.viewportAnchorY = y;
        }
        break;
      }
      case "scroll":
        if (value.equals("up")) {
          region.scroll = "up";
        }
        break;
      default:
        break;
    }
  }
}
