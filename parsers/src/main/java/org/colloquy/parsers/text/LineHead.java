package org.colloquy.parsers.text;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.colloquy.model.Segment;
import org.colloquy.parsers.common.SpeakerLabels;
import org.colloquy.parsers.common.SpeakerLabels.Cue;
import org.colloquy.parsers.common.Timecodes;
import org.jspecify.annotations.Nullable;

/**
 * What the start of one line of a labelled transcript says: a speaker label (with or without a time), a time, a
 * non-speech marker, a link, a tool's footer — or nothing, for a line of plain text. Parsed by {@link #of} without
 * regular expressions, looking at most a few dozen characters past the first non-blank one.
 */
final class LineHead {

  enum Type {
    /** A web address alone on its line. */
    URL,
    /** A transcription tool's footer, such as Otter's "Transcribed by https://otter.ai". */
    FOOTER,
    /** A non-speech marker alone on its line: MUSIC INTERLUDE, [Laughter], [MUSIC: theme]. */
    MARKER,
    /** A label candidate ending in a colon (or bracketed, or bold), perhaps with a time. */
    LABEL,
    /** A label candidate without a colon followed by a time: an Otter header, an opening credit. */
    NO_COLON,
    /** A time, then text with no label. */
    TIMED,
    /** A time alone on its line. */
    TIME_ONLY
  }

  /** How far into a line a label's colon may be. */
  private static final int LABEL_SEARCH = 80;

  /** Words a non-speech marker line may consist of; at least one must be a {@link #MARKER_HEADS head}. */
  private static final Set<String> MARKER_WORDS = Set.of(
      "music", "interlude", "intro", "outro", "theme", "song", "jingle", "applause", "laughter", "laughs",
      "laughing", "crosstalk", "inaudible", "silence", "pause", "break", "ad", "advertisement", "sponsor",
      "commercial", "playing", "plays", "fades", "fade", "in", "out", "up", "down", "background", "noise",
      "sound", "sounds", "cough", "coughs", "coughing", "sighs", "unintelligible", "overlapping", "speech",
      "upbeat", "soft", "ends", "begins", "continues", "end", "of", "the", "closing", "opening", "midroll",
      "mid-roll", "pre-roll", "preroll", "segment", "transition", "sting", "bumper");

  private static final Set<String> MARKER_HEADS = Set.of(
      "music", "interlude", "intro", "outro", "theme", "jingle", "applause", "laughter", "laughs", "crosstalk",
      "inaudible", "silence", "pause", "break", "advertisement", "sponsor", "commercial", "midroll", "mid-roll",
      "sting", "bumper", "unintelligible");

  final Type type;
  /** The label as written, without colon, brackets or bold marks. */
  final String label;
  final Cue cue;
  final Timecodes.@Nullable Match time;
  /** Where the text after the head begins (or the line's end). */
  final int textStart;
  /** Where the text begins if the label turns out not to be a speaker's. */
  final int fallbackStart;
  /** Where the label (or the head) begins. */
  final int labelStart;
  final Segment.Kind kind;
  final String markerText;

  private LineHead(Type type, String label, Cue cue, Timecodes.@Nullable Match time, int textStart,
      int fallbackStart, int labelStart, Segment.Kind kind, String markerText) {
    this.type = type;
    this.label = label;
    this.cue = cue;
    this.time = time;
    this.textStart = textStart;
    this.fallbackStart = fallbackStart;
    this.labelStart = labelStart;
    this.kind = kind;
    this.markerText = markerText;
  }

  private static LineHead label(String label, Cue cue, Timecodes.@Nullable Match time, int textStart,
      int fallbackStart, int labelStart) {
    return new LineHead(Type.LABEL, label, cue, time, textStart, fallbackStart, labelStart, Segment.Kind.SPEECH, "");
  }

  private static LineHead marker(Segment.Kind kind, String text, Timecodes.@Nullable Match time, int at) {
    return new LineHead(Type.MARKER, "", Cue.PLAIN, time, at, at, at, kind, text);
  }

  /** The head of {@code s[from, to)}, where {@code from} is the line's first non-blank character; null for text. */
  static @Nullable LineHead of(String s, int from, int to) {
    if (from >= to) {
      return null;
    }
    char first = s.charAt(from);
    if ((first == 'h' || first == 'w') && isLink(s, from, to)) {
      return new LineHead(Type.URL, "", Cue.PLAIN, null, from, from, from, Segment.Kind.OTHER, "");
    }
    // The footer names its tool; a bare "Transcribed by" (its blank trimmed off the line) is only text.
    if (first == 'T' && s.startsWith("Transcribed by ", from) && from + "Transcribed by ".length() < to) {
      return new LineHead(Type.FOOTER, "", Cue.PLAIN, null, from, from, from, Segment.Kind.OTHER, "");
    }
    if (first >= '0' && first <= '9' || first == '[' || first == '(' || first == '\\') {
      Optional<Timecodes.Match> time = Timecodes.find(s, from, to);
      if (time.isPresent()) {
        return timeFirst(s, time.get(), to);
      }
    }
    LineHead marked = markedLabel(s, from, to, null, from);
    if (marked != null) {
      return marked;
    }
    LineHead marker = marker(s, from, to, null);
    if (marker != null) {
      return marker;
    }
    LineHead colon = colonLabel(s, from, to, null, from);
    if (colon != null) {
      return colon;
    }
    return noColon(s, from, to);
  }

  /**
   * Whether the trimmed line {@code s[from, to)} may have a head although it holds no colon: a link, a footer, a
   * bracketed or bold start, or a short line not starting in lower case (a marker such as {@code MUSIC
   * INTERLUDE}). A line with neither a colon nor any of these has none, since every label and time needs a colon;
   * a reader can skip {@link #of} for it, which matters because most lines of a transcript are such prose.
   */
  static boolean mayHeadWithoutColon(String s, int from, int to) {
    char first = s.charAt(from);
    return first == 'h' && s.startsWith("http", from) || first == 'w' && s.startsWith("www.", from)
        || first == 'T' && s.startsWith("Transcribed by ", from) || first == '[' || first == '('
        || first == '*' || first == '\\' || first >= '0' && first <= '9'
        || to - from <= 60 && !Character.isLowerCase(first);
  }

  private static LineHead timeFirst(String s, Timecodes.Match time, int to) {
    int p = skipBlanks(s, time.end(), to);
    if (p < to && (s.charAt(p) == '-' || s.charAt(p) == '–' || s.charAt(p) == '—')
        && (p + 1 == to || isBlank(s.charAt(p + 1)))) {
      p = skipBlanks(s, p + 1, to);
    }
    if (p >= to) {
      return new LineHead(Type.TIME_ONLY, "", Cue.MARKED, time, to, to, time.start(), Segment.Kind.SPEECH, "");
    }
    LineHead marked = markedLabel(s, p, to, time, p);
    if (marked != null) {
      return marked;
    }
    LineHead marker = marker(s, p, to, time);
    if (marker != null) {
      return marker;
    }
    LineHead colon = colonLabel(s, p, to, time, p);
    if (colon != null) {
      return colon;
    }
    return new LineHead(Type.TIMED, "", Cue.MARKED, time, p, p, p, Segment.Kind.SPEECH, "");
  }

  /** {@code [Name]: text}, {@code [SPEAKER_00]: text}, {@code **Name:** text}, {@code **Name**: text}. */
  private static @Nullable LineHead markedLabel(String s, int from, int to, Timecodes.@Nullable Match time,
      int fallback) {
    if (s.charAt(from) == '[') {
      int close = indexOf(s, ']', from + 1, Math.min(to, from + LABEL_SEARCH));
      if (close > from + 1 && close + 1 < to && s.charAt(close + 1) == ':') {
        String label = s.substring(from + 1, close).strip();
        int text = skipBlanks(s, close + 2, to);
        return withTimeAfter(label, s, text, to, time, fallback, from + 1);
      }
      return null;
    }
    if (s.startsWith("**", from)) {
      int close = s.indexOf("**", from + 2);
      if (close < 0 || close > from + LABEL_SEARCH || close >= to) {
        return null;
      }
      String inner = s.substring(from + 2, close).strip();
      if (inner.endsWith(":")) {
        int text = skipBlanks(s, close + 2, to);
        return withTimeAfter(inner.substring(0, inner.length() - 1).strip(), s, text, to, time, fallback, from + 2);
      }
      if (close + 2 < to && s.charAt(close + 2) == ':') {
        int text = skipBlanks(s, close + 3, to);
        return withTimeAfter(inner, s, text, to, time, fallback, from + 2);
      }
    }
    return null;
  }

  private static LineHead withTimeAfter(String label, String s, int text, int to, Timecodes.@Nullable Match time,
      int fallback, int labelStart) {
    Timecodes.Match after = time;
    int start = text;
    if (after == null && text < to) {
      Optional<Timecodes.Match> t = Timecodes.find(s, text, to);
      if (t.isPresent() && (t.get().end() == to || isBlank(s.charAt(t.get().end())))) {
        after = t.get();
        start = skipBlanks(s, t.get().end(), to);
      }
    }
    return label(label, Cue.MARKED, after, start, fallback, labelStart);
  }

  /** {@code Name: text}, {@code NAME:\t 00:07\t text}, {@code Name (00:01:02):}, {@code Name [01:02]: text}. */
  private static @Nullable LineHead colonLabel(String s, int from, int to, Timecodes.@Nullable Match time,
      int fallback) {
    int limit = Math.min(to, from + LABEL_SEARCH);
    int colon = -1;
    int timeInside = -1;
    Timecodes.Match inner = null;
    for (int i = from; i < limit; i++) {
      char c = s.charAt(i);
      if ((c == '[' || c == '(') && i > from) {
        Optional<Timecodes.Match> t = Timecodes.find(s, i, to);
        if (t.isPresent()) {
          inner = t.get();
          timeInside = i;
          i = t.get().end() - 1;
          continue;
        }
      }
      if (c == ':' && (i + 1 == to || isBlank(s.charAt(i + 1)))) {
        colon = i;
        break;
      }
    }
    if (colon < 0) {
      return null;
    }
    int labelEnd = colon;
    Timecodes.Match labelTime = time;
    if (inner != null && inner.end() == trimEnd(s, from, colon)) {
      labelEnd = timeInside;
      labelTime = time != null ? time : inner;
    }
    String label = s.substring(from, trimEnd(s, from, labelEnd));
    int text = skipBlanks(s, colon + 1, to);
    if (labelTime != null) {
      return label(label, Cue.MARKED, labelTime, text, fallback, from);
    }
    LineHead withTime = withTimeAfter(label, s, text, to, null, fallback, from);
    return withTime.time != null ? withTime : label(label, Cue.PLAIN, null, text, fallback, from);
  }

  /** {@code Speaker Name  0:05} (Otter) or {@code DAISY THE GREAT 00:00 Built my house…} (a credit). */
  private static @Nullable LineHead noColon(String s, int from, int to) {
    int p = from;
    for (int words = 0; words <= SpeakerLabels.MAX_WORDS && p < to; words++) {
      int wordEnd = p;
      while (wordEnd < to && !isBlank(s.charAt(wordEnd))) {
        wordEnd++;
      }
      if (words > 0 && Timecodes.scan(s, p, wordEnd) == wordEnd) {
        String label = collapse(s.substring(from, trimEnd(s, from, p)));
        if (!SpeakerLabels.isNameShaped(label, false)) {
          return null;
        }
        Timecodes.Match time = Timecodes.find(s, p, wordEnd).orElse(null);
        if (time == null) {
          return null;
        }
        int text = skipBlanks(s, wordEnd, to);
        return new LineHead(Type.NO_COLON, label, text >= to ? Cue.MARKED : Cue.PLAIN, time, text, from, from,
            Segment.Kind.SPEECH, "");
      }
      p = skipBlanks(s, wordEnd, to);
    }
    return null;
  }

  /** A whole line that only names a sound: {@code MUSIC INTERLUDE}, {@code [Laughter]}, {@code [MUSIC: theme]}. */
  private static @Nullable LineHead marker(String s, int from, int to, Timecodes.@Nullable Match time) {
    int end = trimEnd(s, from, to);
    char open = s.charAt(from);
    char close = s.charAt(end - 1);
    boolean bracketed = open == '[' && close == ']' || open == '(' && close == ')';
    // Most lines are prose: turn them away before allocating anything.
    if (end - from > (bracketed ? 202 : 60) || !bracketed && Character.isLowerCase(open)) {
      return null;
    }
    String inner = bracketed ? s.substring(from + 1, end - 1).strip() : s.substring(from, end);
    if (inner.isEmpty() || inner.length() > 200) {
      return null;
    }
    if (bracketed) {
      int colon = inner.indexOf(':');
      if (colon > 0) {
        Segment.Kind named = kindNamed(inner.substring(0, colon).strip());
        if (named != null) {
          return marker(named, inner.substring(colon + 1).strip(), time, from);
        }
      }
      if (inner.indexOf('[') >= 0 || inner.indexOf(']') >= 0) {
        return null;
      }
      Segment.Kind kind = classify(inner, false);
      return marker(kind == null ? Segment.Kind.OTHER : kind, collapse(inner), time, from);
    }
    if (inner.length() > 60 || Character.isLowerCase(inner.charAt(0))) {
      return null;
    }
    Segment.Kind kind = classify(inner, true);
    return kind == null ? null : marker(kind, collapse(inner), time, from);
  }

  private static Segment.@Nullable Kind kindNamed(String word) {
    for (Segment.Kind k : Segment.Kind.values()) {
      if (k != Segment.Kind.SPEECH && k.name().equalsIgnoreCase(word)) {
        return k;
      }
    }
    return null;
  }

  /**
   * The kind of non-speech that {@code text} names, or null if it does not name one. With {@code strict}, every
   * word must be a marker word (an unbracketed line is a marker only if it says nothing else).
   */
  static Segment.@Nullable Kind classify(String text, boolean strict) {
    Segment.Kind kind = null;
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean letter = i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-');
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        String w = text.substring(start, i).toLowerCase(Locale.ROOT);
        start = -1;
        if (!MARKER_WORDS.contains(w)) {
          if (strict) {
            return null;
          }
          continue;
        }
        if (kind == null && MARKER_HEADS.contains(w)) {
          kind = kindOf(w);
        }
      } else if (!letter && i < text.length() && strict && !isBlank(text.charAt(i)) && text.charAt(i) != '.') {
        return null;
      }
    }
    return kind;
  }

  private static Segment.Kind kindOf(String head) {
    switch (head) {
      case "applause", "laughter", "laughs", "crosstalk", "inaudible", "unintelligible":
        return Segment.Kind.SOUND;
      case "silence", "pause":
        return Segment.Kind.SILENCE;
      case "advertisement", "sponsor", "commercial", "midroll", "mid-roll":
        return Segment.Kind.ADVERTISEMENT;
      case "break":
        return Segment.Kind.OTHER;
      default:
        return Segment.Kind.MUSIC;
    }
  }

  private static boolean isLink(String s, int from, int to) {
    if (!(s.startsWith("http://", from) || s.startsWith("https://", from) || s.startsWith("www.", from))) {
      return false;
    }
    int end = trimEnd(s, from, to);
    for (int i = from; i < end; i++) {
      if (isBlank(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\f' || c == '\u000B';
  }

  static int skipBlanks(String s, int from, int to) {
    int i = from;
    while (i < to && isBlank(s.charAt(i))) {
      i++;
    }
    return i;
  }

  static int trimEnd(String s, int from, int to) {
    int i = to;
    while (i > from && isBlank(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static int indexOf(String s, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  static String collapse(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean blank = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isBlank(c)) {
        blank = out.length() > 0;
      } else {
        if (blank) {
          out.append(' ');
          blank = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
