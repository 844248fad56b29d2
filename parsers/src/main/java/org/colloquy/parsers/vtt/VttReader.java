package org.colloquy.parsers.vtt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.colloquy.format.ColloquyException;
import org.colloquy.format.ColloquyParseException;
import org.colloquy.format.ReadContext;
import org.colloquy.model.Episode;
import org.colloquy.model.Word;
import org.colloquy.parsers.common.CueDrafts;
import org.colloquy.parsers.common.CueText;
import org.colloquy.parsers.common.NextChar;
import org.colloquy.parsers.common.CueTime;
import org.colloquy.parsers.common.Latin1View;
import org.colloquy.parsers.common.ViewedText;
import org.jspecify.annotations.Nullable;

/** Maps what {@link VttParser} finds to an {@link Episode}: one read, not thread-safe. */
final class VttReader implements VttParser.Listener {

  private final ReadContext context;
  private CueDrafts drafts;
  private final Episode.Builder episode = Episode.builder();
  private final Content content = new Content();
  private final CueTime lenientTime = new CueTime();
  private final VttCueText cueText = new VttCueText();
  private final CueText cleaner = new CueText();
  private final NextChar nextLt = new NextChar('<');
  private final String[] voices = new String[32];
  /** Each voice's {@link Latin1View} when it tells the name exactly (Latin-1, no '?'), else null. */
  private final byte[][] voiceViews = new byte[32][];
  private int voiceCount;
  private int voiceNext;
  private int voiceLast;
  private @Nullable VttParser parser;
  private boolean wordTimed;
  private @Nullable String lastLine;
  private int rollingDuplicates;
  private int notes;
  private int styles;

  VttReader(ReadContext context) {
    this.context = context;
    this.drafts = new CueDrafts(context.options(), 0);
  }

  Episode read() {
    ViewedText source;
    if (context.asciiText().isPresent()) {
      // Holds no NUL, and is read as bytes.
      source = ViewedText.of(context);
    } else if (context.text().indexOf('\u0000') >= 0) {
      source = ViewedText.of(context.text().replace('\u0000', '\uFFFD'));
      context.note("nul-replaced", "NUL characters were replaced by U+FFFD, as the WebVTT parser requires");
    } else {
      source = ViewedText.of(context);
    }
    drafts = new CueDrafts(context.options(), source.length());
    VttParser vtt = new VttParser(source, this);
    parser = vtt;
    boolean parsed;
    try {
      parsed = vtt.parse();
    } catch (ColloquyException e) {
      throw e;
    } catch (RuntimeException e) {
      // A safety net for users; the cause tells a test (and a bug report) that it was a bug, not the input.
      ColloquyParseException failure = context.fail(1, 1, "a readable WebVTT file", String.valueOf(e.getMessage()));
      failure.initCause(e);
      throw failure;
    }
    if (!parsed) {
      String text = source.text();
      int end = text.indexOf('\n');
      throw context.fail(1, 1, "the signature WEBVTT alone or followed by a space, a tab or a line end",
          text.substring(0, end < 0 ? Math.min(text.length(), 60) : Math.min(end, 60)));
    }
    if (rollingDuplicates > 0) {
      context.note("rolling-duplicates", rollingDuplicates
          + " repeated caption lines (word-timed rolling captions) were not repeated in the text");
    }
    try {
      drafts.addTo(episode, context);
      return episode.build();
    } catch (IllegalArgumentException e) {
      throw context.fail(1, 1, "a consistent WebVTT file", String.valueOf(e.getMessage()));
    }
  }

  @Override
  public void header(String text, int line) {
    episode.metadata("vtt.header", text);
    for (String headerLine : text.split("\n")) {
      int colon = headerLine.indexOf(':');
      if (colon > 0 && headerLine.substring(0, colon).strip().equalsIgnoreCase("language")) {
        String language = headerLine.substring(colon + 1).strip();
        if (!language.isEmpty()) {
          episode.language(language);
        }
      }
    }
  }

  @Override
  public void comment(String text, int line) {
    episode.metadata("vtt.note." + ++notes, text.length() > 4 ? text.substring(5) : "");
  }

  @Override
  public void style(String text, int line) {
    episode.metadata("vtt.style." + ++styles, text);
  }

  @Override
  public void region(VttRegion region, int line) {
    episode.metadata("vtt.region." + region.id, region.settings);
  }

  @Override
  public void dropped(String text, int line) {
    String first = text.lines().findFirst().orElse("");
    context.warn("dropped-block", "a block that is neither a cue nor a note was dropped: \"" + shorten(first)
        + "\"", line, 1, first);
  }

  @Override
  public void ignoredSetting(String setting, int line) {
    context.note("ignored-cue-setting", "the cue setting \"" + shorten(setting) + "\" has no effect", line, 1);
  }

  @Override
  public boolean repairTimings(VttCue cue, String input, int from, int to, int line) {
    String lineText = input.substring(from, to);
    int arrow = lineText.indexOf("-->");
    int startAt = skipBlanks(lineText, 0);
    boolean ok = arrow > 0 && lenientTime.parse(lineText, startAt, arrow);
    long start = lenientTime.millis();
    int flags = lenientTime.flags();
    ok = ok && skipBlanks(lineText, lenientTime.end()) == arrow;
    int endAt = skipBlanks(lineText, arrow + 3);
    ok = ok && lenientTime.parse(lineText, endAt, lineText.length());
    if (!ok) {
      context.error("bad-cue-timings", "the cue timings \"" + shorten(lineText)
          + "\" could not be read; the cue was dropped", line, 1, lineText);
      return false;
    }
    long end = lenientTime.millis();
    flags |= lenientTime.flags();
    if (start < 0 || end < 0) {
      context.error("negative-time", "the cue timings \"" + shorten(lineText)
          + "\" are negative; the cue was dropped", line, 1, lineText);
      return false;
    }
    context.warn("lenient-timestamp", "the cue timings \"" + shorten(lineText) + "\" break the WebVTT syntax ("
        + CueTime.describe(flags & ~CueTime.DOT) + ") and were read leniently", line, 1, lineText);
    cue.startMillis = start;
    cue.endMillis = end;
    cue.startTime = start / 1000.0;
    cue.endTime = end / 1000.0;
    if (parser != null) {
      parser.settings(cue, from + lenientTime.end(), to);
    }
    return true;
  }

  private static int skipBlanks(String s, int i) {
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static String shorten(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }

  @Override
  public void cue(VttCue cue) {
    int line = cue.idLine;
    if (cue.startMillis < 0 || cue.endMillis < 0) {
      context.error("time-out-of-range", "the cue's times are too large to hold; the cue was dropped", line, 1);
      return;
    }
    long start = cue.startMillis;
    long end = cue.endMillis;
    if (end < start) {
      context.warn("end-before-start", "the cue ends before it starts; its end was dropped", cue.timingLine, 1);
      end = -1;
    }
    if (!wordTimed && plainCue(cue, start, end)) {
      return;
    }
    // Past here, markup: the tokeniser reads the text as a String.
    String in = cue.source.text();
    int from = cue.textFrom;
    int to = cue.textTo;
    int lt = nextLt.in(in, from, to);
    if (wordTimed || lt >= 0 && hasTimestampTag(in, lt, to, nextLt)) {
      wordTimed = true;
      rollingCue(cue, start, end);
      return;
    }
    // Any cue with text but no markup or reference was plainCue's: this one has some, or no text at all.
    content.reset(start, end);
    cueText.run(in, from, to, content);
    content.finish();
    for (int i = 0; i < content.groups.size(); i++) {
      Group group = content.groups.get(i);
      emit(cue, group.voice, group.text, group.words, start, end);
    }
    if (content.groups.isEmpty()) {
      context.note("empty-cue", "a cue without text was skipped", line, 1);
    }
  }

  /**
   * The commonest cue, read on the view in one pass: text with nothing to clean, no markup and no character
   * reference, alone or after a voice {@code <v Name>} or {@code <v.class Name>} and before an optional
   * {@code </v>}. Such a cue has no timestamp tag either. Returns false, having emitted nothing, for any other cue.
   */
  private boolean plainCue(VttCue cue, long start, long end) {
    ViewedText source = cue.source;
    byte[] view = source.view();
    int from = cue.textFrom;
    int to = cue.textTo;
    if (from >= to) {
      return false;
    }
    int textFrom = from;
    int textTo = to;
    String voice = null;
    if (view[from] == '<') {
      int tag = knownTag(view, from, to);
      int gt;
      if (tag >= 0) {
        gt = from + tagViews[tag].length - 1;
        voice = tagVoices[tag];
      } else {
        gt = voiceTagEnd(view, from, to);
        if (gt < 0) {
          return false;
        }
        int annotation = Latin1View.indexOf(view, (byte) ' ', from + 2, gt);
        voice = annotation < 0 ? "" : voiceName(source, annotation + 1, gt);
        if (voice == null) {
          return false;
        }
        rememberTag(view, from, gt + 1, voice);
      }
      textFrom = gt + 1;
      if (textTo - textFrom >= 4 && view[textTo - 4] == '<' && view[textTo - 3] == '/' && view[textTo - 2] == 'v'
          && view[textTo - 1] == '>') {
        textTo -= 4;
      }
    }
    String text;
    // Blanks other than the space are unclean to the check; a space at either end would be trimmed.
    if (textFrom < textTo && view[textFrom] != ' ' && view[textTo - 1] != ' '
        && CueText.isCleanWithout(view, textFrom, textTo, '<', '&')) {
      text = source.substring(textFrom, textTo);
    } else if (Latin1View.indexOf(view, (byte) '<', textFrom, textTo) < 0
        && Latin1View.indexOf(view, (byte) '&', textFrom, textTo) < 0) {
      // Lines to join or blanks to collapse, as in most cues of two lines.
      text = cleaner.clean(source, textFrom, textTo);
    } else {
      return false;
    }
    emitIfAny(cue, voice, text, List.of(), start, end);
    return true;
  }

  /**
   * Where the voice tag at {@code view[from]} ends ({@code >}) when it is {@code <v Name>} or {@code <v.class Name>}
   * with no markup, reference or line end in it; else -1.
   */
  private static int voiceTagEnd(byte[] view, int from, int to) {
    if (to - from < 3 || view[from + 1] != 'v') {
      return -1;
    }
    byte after = view[from + 2];
    if (after != ' ' && after != '.' && after != '>') {
      return -1;
    }
    for (int i = from + 2; i < to; i++) {
      byte c = view[i];
      if (c == '>') {
        return i;
      }
      if (c == '<' || c == '&' || c == '\n' || c == '\t' || c == '\f') {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Voice tags met before, byte for byte, with their voices: a file names few speakers, and a cue that starts with
   * one of their tags needs no reading of it.
   */
  private final byte[][] tagViews = new byte[8][];
  private final String[] tagVoices = new String[8];
  private int tagCount;
  private int tagLast;

  private int knownTag(byte[] view, int from, int to) {
    for (int k = 0, i = tagLast; k < tagCount; k++, i = i + 1 == tagCount ? 0 : i + 1) {
      byte[] tag = tagViews[i];
      int end = from + tag.length;
      if (end <= to && view[end - 1] == '>' && Arrays.equals(view, from, end, tag, 0, tag.length)) {
        tagLast = i;
        return i;
      }
    }
    return -1;
  }

  private void rememberTag(byte[] view, int from, int to, String voice) {
    for (int i = from; i < to; i++) {
      // A '?' may stand for any character beyond Latin-1: such a tag is read each time.
      if (view[i] == '?') {
        return;
      }
    }
    int slot = tagCount < tagViews.length ? tagCount++ : (tagLast + 1) % tagViews.length;
    tagViews[slot] = Arrays.copyOfRange(view, from, to);
    tagVoices[slot] = voice;
    tagLast = slot;
  }

  /** The voice name {@code source[from, to)}, shared with an earlier cue's when equal; null when it needs collapsing. */
  private @Nullable String voiceName(ViewedText source, int from, int to) {
    byte[] view = source.view();
    int length = to - from;
    // A name met before passed the checks below already.
    for (int k = 0, i = voiceLast; k < voiceCount; k++, i = i + 1 == voiceCount ? 0 : i + 1) {
      String known = voices[i];
      byte[] knownView = voiceViews[i];
      if (known.length() == length && (knownView != null
          ? Arrays.equals(view, from, to, knownView, 0, length)
          : source.text().regionMatches(from, known, 0, length))) {
        voiceLast = i;
        return known;
      }
    }
    if (length > 0 && (view[from] == ' ' || view[to - 1] == ' ')) {
      return null;
    }
    for (int i = from; i + 1 < to; i++) {
      if (view[i] == ' ' && view[i + 1] == ' ') {
        return null;
      }
    }
    String name = source.substring(from, to);
    int slot = voiceCount < voices.length ? voiceCount++ : voiceNext++ % voices.length;
    voices[slot] = name;
    byte[] nameView = Latin1View.of(name);
    // Where the view reads '?', the text may hold any character beyond Latin-1: such a name is compared as text.
    voiceViews[slot] = name.chars().allMatch(c -> c < 0x100 && c != '?') ? nameView : null;
    return name;
  }

  private static boolean hasTimestampTag(String s, int lt, int to, NextChar nextLt) {
    for (int i = lt; i >= 0 && i + 1 < to; i = nextLt.in(s, i + 1, to)) {
      if (VttTime.digit(s.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * YouTube's automatic captions roll: each cue repeats the line shown before it above the new, word-timed line,
   * and short cues in between repeat the finished line alone. Only lines not shown before become text.
   */
  private void rollingCue(VttCue cue, long start, long end) {
    String[] lines = cue.text().split("\n");
    StringBuilder fresh = new StringBuilder();
    List<Word> words = new ArrayList<>();
    String voice = null;
    String last = lastLine;
    for (String rawLine : lines) {
      content.reset(start, end);
      cueText.run(rawLine, 0, rawLine.length(), content);
      content.finish();
      for (Group group : content.groups) {
        if (group.text.equals(last)) {
          rollingDuplicates++;
          continue;
        }
        if (group.voice != null) {
          voice = group.voice;
        }
        if (fresh.length() > 0) {
          fresh.append(' ');
        }
        fresh.append(group.text);
        words.addAll(group.words);
        lastLine = group.text;
      }
    }
    if (fresh.length() > 0) {
      emit(cue, voice, fresh.toString(), words, start, end);
    }
  }

  private void emitIfAny(VttCue cue, @Nullable String voice, String text, List<Word> words, long start,
      long end) {
    if (text.isEmpty()) {
      context.note("empty-cue", "a cue without text was skipped", cue.idLine, 1);
    } else {
      emit(cue, voice, text, words, start, end);
    }
  }

  private void emit(VttCue cue, @Nullable String voice, String text, List<Word> words, long start, long end) {
    drafts.add(start, end, cue.idLine, text, cue.id.isEmpty() ? null : cue.id, true, voice, cue.kept, words);
  }

  /** Text of one voice within a cue. */
  private static final class Group {
    final @Nullable String voice;
    final String text;
    final List<Word> words;

    Group(@Nullable String voice, String text, List<Word> words) {
      this.voice = voice;
      this.text = text;
      this.words = words;
    }
  }

  /**
   * Collects a cue's clean text by voice: markup dropped, ruby annotations ({@code <rt>}) left out, whitespace
   * collapsed; and, when the cue has timestamp tags, its words with the time each began.
   */
  private static final class Content implements VttCueText.Handler {
    final List<Group> groups = new ArrayList<>(2);
    private final StringBuilder text = new StringBuilder();
    private int wordFrom = -1;
    private long[] wordStarts = new long[16];
    private int[] wordBounds = new int[32];
    private int wordCount;
    private final List<String> voices = new ArrayList<>(2);
    private int rubyText;
    private boolean timed;
    private long now;
    private long wordStart;
    private long cueEnd;
    private boolean pendingSpace;

    void reset(long start, long end) {
      groups.clear();
      text.setLength(0);
      wordFrom = -1;
      wordCount = 0;
      voices.clear();
      rubyText = 0;
      timed = false;
      now = start;
      cueEnd = end < 0 ? start : end;
      pendingSpace = false;
    }

    private @Nullable String voice() {
      return voices.isEmpty() ? null : voices.get(voices.size() - 1);
    }

    @Override
    public void start(int kind, List<String> classes, String annotation) {
      if (kind == VttCueText.VOICE) {
        close();
        voices.add(annotation);
      } else if (kind == VttCueText.RUBY_TEXT) {
        rubyText++;
      }
    }

    @Override
    public void end(int kind) {
      if (kind == VttCueText.VOICE) {
        close();
        voices.remove(voices.size() - 1);
      } else if (kind == VttCueText.RUBY_TEXT) {
        rubyText--;
      }
    }

    @Override
    public void text(String chunk) {
      if (rubyText > 0) {
        return;
      }
      for (int i = 0; i < chunk.length(); i++) {
        char c = chunk.charAt(i);
        if (c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r' || c == '\u00A0') {
          pendingSpace = text.length() > 0;
          endWord();
        } else {
          if (pendingSpace) {
            text.append(' ');
            pendingSpace = false;
          }
          if (wordFrom < 0) {
            wordFrom = text.length();
            wordStart = now;
          }
          text.append(c);
        }
      }
    }

    @Override
    public void timestamp(double seconds, long millis) {
      if (millis >= 0) {
        timed = true;
        now = millis;
      }
    }

    private void endWord() {
      if (wordFrom >= 0) {
        if (wordCount == wordStarts.length) {
          wordStarts = java.util.Arrays.copyOf(wordStarts, wordCount * 2);
          wordBounds = java.util.Arrays.copyOf(wordBounds, wordCount * 4);
        }
        wordStarts[wordCount] = wordStart;
        wordBounds[2 * wordCount] = wordFrom;
        wordBounds[2 * wordCount + 1] = text.length();
        wordCount++;
        wordFrom = -1;
      }
    }

    private void close() {
      endWord();
      if (text.length() > 0) {
        List<Word> timedWords = List.of();
        if (timed) {
          timedWords = new ArrayList<>(wordCount);
          for (int i = 0; i < wordCount; i++) {
            long start = wordStarts[i];
            long end = Math.max(start, i + 1 < wordCount ? wordStarts[i + 1] : cueEnd);
            timedWords.add(Word.of(text.substring(wordBounds[2 * i], wordBounds[2 * i + 1]),
                Duration.ofMillis(start), Duration.ofMillis(end)));
          }
        }
        groups.add(new Group(voice(), text.toString(), timedWords));
      }
      text.setLength(0);
      wordCount = 0;
      pendingSpace = false;
    }

    void finish() {
      close();
    }
  }
}
