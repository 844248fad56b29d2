package org.colloquy.parsers.common;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.colloquy.format.ReadContext;
import org.colloquy.format.ReadOptions;
import org.colloquy.format.ReadOptions.SpeakerCarry;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.model.Speaker;
import org.colloquy.model.Word;
import org.jspecify.annotations.Nullable;

/**
 * The cues of one caption file, held in columns until the whole file has been seen, then turned into segments
 * with their speakers. Speaker labels need the whole file: {@link SpeakerLabels} judges each candidate by the
 * evidence of all of them. The precedence per cue: a voice ({@code <v Name>}; an empty voice means nobody), else
 * a label at the start of the text that {@link SpeakerLabels} accepts, else a cue identifier shaped like a name
 * (WebVTT), else — with {@link SpeakerCarry#CARRY_FORWARD} — the speaker of the cue before. <b>Internal.</b>
 */
public final class CueDrafts {

  /** First words of cue identifiers that number cues rather than name speakers ({@code Cue 12}). */
  private static final Set<String> NUMBERING_WORDS = Set.of("cue", "subtitle", "caption", "line", "segment",
      "chapter", "part", "block", "id", "note", "style", "region", "sub", "s", "c");

  private final boolean carry;
  private final SpeakerLabels labels;
  /** How strongly each distinct label is marked; a marked label's count does not matter, so it is offered once. */
  private final Map<String, SpeakerLabels.Cue> evidence = new HashMap<>();
  private long[] starts;
  private long[] ends;
  private int[] lines;
  private String[] texts;
  /** Each cue's {@link Segment.Kind} ordinal, decided while its text is at hand rather than when it is cold. */
  private byte[] kinds;
  // The columns below are mostly empty in a given file, so they are made when the first value comes.
  private @Nullable String @Nullable [] ids;
  private @Nullable String @Nullable [] voices;
  private @Nullable String @Nullable [] labelNames;
  /** What stood before the text when a label was cut off it: the label, its colon, its blanks. */
  private @Nullable String @Nullable [] labelPrefixes;
  private @Nullable Map<String, String> @Nullable [] attributes;
  private @Nullable List<Word> @Nullable [] words;
  /**
   * Label prefixes met so far with what {@link CueLabel#find} made of them, so that a cue starting with one costs
   * one comparison rather than a search, two strings and a map look-up. Caption files name few speakers.
   */
  private final String[] memoPrefixes = new String[16];
  /** Each prefix's {@link Latin1View} when that tells it exactly, else null. */
  private final byte[][] memoPrefixViews = new byte[16][];
  private final String[] memoNames = new String[16];
  private final SpeakerLabels.Cue[] memoEvidence = new SpeakerLabels.Cue[16];
  private int memoCount;
  private int memoLast;
  private final int[] found = new int[4];
  private int size;

  /**
   * Drafts for one read with {@code options}' speaker carry policy and known speakers, sized for a text of
   * {@code textLength} characters so that the columns seldom grow.
   */
  public CueDrafts(ReadOptions options, int textLength) {
    this.carry = options.speakerCarry() == SpeakerCarry.CARRY_FORWARD;
    this.labels = SpeakerLabels.create(options);
    int n = Math.max(16, Math.min(textLength / 64, 1 << 18));
    starts = new long[n];
    ends = new long[n];
    lines = new int[n];
    texts = new String[n];
    kinds = new byte[n];
  }

  @SuppressWarnings("unchecked")
  private static @Nullable Map<String, String>[] newMaps(int n) {
    return new Map[n];
  }

  @SuppressWarnings("unchecked")
  private static @Nullable List<Word>[] newLists(int n) {
    return new List[n];
  }

  /**
   * Adds a cue.
   *
   * @param start its start in milliseconds
   * @param end its end in milliseconds, or -1 for none
   * @param line the 1-based line where it begins
   * @param text its clean text: no markup, single spaces
   * @param id its identifier, or null
   * @param idMayName whether the identifier may name the speaker (WebVTT cue identifiers)
   * @param voice the voice's name when the cue had one ({@code ""} for an empty voice), else null
   * @param cueAttributes settings to keep, or null
   * @param cueWords timed words, or null
   */
  public void add(long start, long end, int line, String text, @Nullable String id, boolean idMayName,
      @Nullable String voice, @Nullable Map<String, String> cueAttributes, @Nullable List<Word> cueWords) {
    add(start, end, line, text, null, 0, text.length(), id, idMayName, voice, cueAttributes, cueWords);
  }

  /**
   * Adds a cue whose clean text is {@code source[from, to)}, copying only the part the segment keeps: a large file
   * is mostly cue text, and a label cut off a copy would copy it twice.
   *
   * @see #add(long, long, int, String, String, boolean, String, Map, List)
   */
  public void add(long start, long end, int line, ViewedText source, int from, int to, @Nullable String id,
      boolean idMayName, @Nullable String voice, @Nullable Map<String, String> cueAttributes,
      @Nullable List<Word> cueWords) {
    add(start, end, line, source.chars(), source.view(), from, to, id, idMayName, voice, cueAttributes, cueWords);
  }

  /** {@code source[from, to)}, whose {@link Latin1View} is {@code view} when not null. */
  private void add(long start, long end, int line, CharSequence source, byte @Nullable [] view, int from, int to,
      @Nullable String id, boolean idMayName, @Nullable String voice, @Nullable Map<String, String> cueAttributes,
      @Nullable List<Word> cueWords) {
    if (size == starts.length) {
      grow();
    }
    int i = size;
    starts[i] = start;
    ends[i] = end;
    lines[i] = line;
    Segment.Kind kind = CueKinds.of(source, from, to);
    kinds[i] = (byte) kind.ordinal();
    if (id != null) {
      ids()[i] = id;
    }
    if (voice != null) {
      voices()[i] = voice;
    }
    if (cueAttributes != null) {
      attributes()[i] = cueAttributes;
    }
    if (cueWords != null && !cueWords.isEmpty()) {
      words()[i] = cueWords;
    }
    int textFrom = from;
    String name = null;
    if (voice == null && kind == Segment.Kind.SPEECH) {
      int memo = memoAt(source, view, from, to);
      if (memo < 0 && CueLabel.find(source, from, to, found) && found[2] < to) {
        memo = remember(source, from, found[0], found[1], found[2], found[3] != 0, line);
      }
      if (memo >= 0) {
        name = memoNames[memo];
        SpeakerLabels.Cue cue = memoEvidence[memo];
        if (cue == SpeakerLabels.Cue.PLAIN) {
          // Every plain occurrence counts; a marked label was offered once, when it was first met.
          labels.offer(name, cue, line, 1);
        }
        String prefix = memoPrefixes[memo];
        labelNames()[i] = name;
        labelPrefixes()[i] = prefix;
        textFrom = from + prefix.length();
      }
    }
    texts[i] = source instanceof String && from == 0 && to == source.length() && textFrom == 0 ? (String) source
        : source.subSequence(textFrom, to).toString();
    if (voice == null && name == null && idMayName && id != null && isSpeakerId(id)) {
      // An identifier that names someone is as good as a voice for this cue.
      voices()[i] = id;
    }
    size++;
  }

  /**
   * The remembered label prefix that {@code s[from, to)} starts with, or -1; compared on the {@link Latin1View}
   * {@code view} of {@code s} where both have one that tells them exactly. A prefix ends with the blanks after
   * the label, so the text must go on with something else for {@link CueLabel#find} to find the same label there.
   */
  private int memoAt(CharSequence s, byte @Nullable [] view, int from, int to) {
    for (int k = 0, m = memoLast; k < memoCount; k++, m = m + 1 == memoCount ? 0 : m + 1) {
      String prefix = memoPrefixes[m];
      byte[] prefixView = memoPrefixViews[m];
      int after = from + prefix.length();
      if (after >= to) {
        continue;
      }
      boolean matches;
      if (view != null && prefixView != null) {
        // The first byte tells most other labels apart before the comparison's set-up.
        matches = view[from] == prefixView[0] && Arrays.equals(view, from, after, prefixView, 0, after - from)
            && !isBlank(view[after]);
      } else {
        matches = s.charAt(from) == prefix.charAt(0) && regionMatches(s, from, prefix)
            && !CueLabel.isBlank(s.charAt(after));
      }
      if (matches) {
        memoLast = m;
        return m;
      }
    }
    return -1;
  }

  private static boolean isBlank(byte b) {
    return b == ' ' || b == '\t' || b == (byte) 0xA0 || b == '\n';
  }

  private static boolean regionMatches(CharSequence s, int from, String prefix) {
    if (s instanceof String) {
      return ((String) s).regionMatches(from, prefix, 0, prefix.length());
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (s.charAt(from + i) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Remembers the label {@code s[nameFrom, nameTo)} found in {@code s[from, textFrom)}; offers it when new. */
  private int remember(CharSequence s, int from, int nameFrom, int nameTo, int textFrom, boolean bracketed,
      int line) {
    String name = s.subSequence(nameFrom, nameTo).toString();
    String prefix = s.subSequence(from, textFrom).toString();
    SpeakerLabels.Cue cue = evidence.get(name);
    if (cue == null) {
      cue = bracketed || SpeakerLabels.isNameShaped(name, false) ? SpeakerLabels.Cue.MARKED
          : SpeakerLabels.Cue.PLAIN;
      evidence.put(name, cue);
      if (cue == SpeakerLabels.Cue.MARKED) {
        labels.offer(name, cue, line, 1);
      }
    }
    // When the memo is full the oldest entry makes room: a file of many distinct labels still reads correctly.
    int m = memoCount < memoPrefixes.length ? memoCount++ : (memoLast + 1) % memoPrefixes.length;
    memoPrefixes[m] = prefix;
    // A '?' in the view stands for any character beyond Latin-1, so a prefix with one is compared as text.
    memoPrefixViews[m] = prefix.chars().allMatch(c -> c < 0x100 && c != '?') ? Latin1View.of(prefix) : null;
    memoNames[m] = name;
    memoEvidence[m] = cue;
    memoLast = m;
    return m;
  }

  private @Nullable String[] ids() {
    if (ids == null) {
      ids = new String[starts.length];
    }
    return ids;
  }

  private @Nullable String[] voices() {
    if (voices == null) {
      voices = new String[starts.length];
    }
    return voices;
  }

  private @Nullable String[] labelNames() {
    if (labelNames == null) {
      labelNames = new String[starts.length];
    }
    return labelNames;
  }

  private @Nullable String[] labelPrefixes() {
    if (labelPrefixes == null) {
      labelPrefixes = new String[starts.length];
    }
    return labelPrefixes;
  }

  private @Nullable Map<String, String>[] attributes() {
    if (attributes == null) {
      attributes = newMaps(starts.length);
    }
    return attributes;
  }

  private @Nullable List<Word>[] words() {
    if (words == null) {
      words = newLists(starts.length);
    }
    return words;
  }

  private static boolean isSpeakerId(String id) {
    if (!SpeakerLabels.isNameShaped(id, false)) {
      return false;
    }
    int space = id.indexOf(' ');
    String first = (space < 0 ? id : id.substring(0, space)).toLowerCase(Locale.ROOT);
    return !NUMBERING_WORDS.contains(first);
  }

  private void grow() {
    int n = size + (size >> 1) + 16;
    starts = Arrays.copyOf(starts, n);
    ends = Arrays.copyOf(ends, n);
    lines = Arrays.copyOf(lines, n);
    texts = Arrays.copyOf(texts, n);
    kinds = Arrays.copyOf(kinds, n);
    ids = ids == null ? null : Arrays.copyOf(ids, n);
    voices = voices == null ? null : Arrays.copyOf(voices, n);
    labelNames = labelNames == null ? null : Arrays.copyOf(labelNames, n);
    labelPrefixes = labelPrefixes == null ? null : Arrays.copyOf(labelPrefixes, n);
    attributes = attributes == null ? null : Arrays.copyOf(attributes, n);
    words = words == null ? null : Arrays.copyOf(words, n);
  }

  /** Adds the segments and their speakers to {@code episode}; the drafts are spent afterwards. */
  public void addTo(Episode.Builder episode, ReadContext context) {
    SpeakerLabels.Decision decision = labels.decide();
    Map<String, String> idOfLabel = new HashMap<>();
    Speakers speakers = new Speakers();
    Segment.Kind[] kindOf = Segment.Kind.values();
    // Cues repeat a few labels, each one string (see memoAt): the last few answers are kept by identity.
    String[] recentLabels = new String[4];
    String[] recentIds = new String[4];
    int recent = 0;
    Speaker carried = null;
    for (int i = 0; i < size; i++) {
      String text = texts[i];
      String label = labelNames == null ? null : labelNames[i];
      Segment.Kind kind = kindOf[kinds[i]];
      Speaker speaker = null;
      boolean marked = false;
      String voice = voices == null ? null : voices[i];
      if (voice != null) {
        marked = true;
        speaker = speakers.ofVoice(voice);
        if (speaker != null) {
          // A voice attributes even "[laughs]" to someone: it is their turn, not a sound of the room.
          kind = Segment.Kind.SPEECH;
        }
      } else if (label != null) {
        String id = null;
        for (int r = 0; r < recentLabels.length; r++) {
          if (recentLabels[r] == label) {
            id = recentIds[r];
            break;
          }
        }
        if (id == null) {
          id = idOfLabel.get(label);
          if (id == null) {
            id = decision.speaker(label).orElse("");
            idOfLabel.put(label, id);
          }
          recentLabels[recent] = label;
          recentIds[recent] = id;
          recent = (recent + 1) % recentLabels.length;
        }
        if (id.isEmpty()) {
          // Not a speaker after all: the label stays part of what was said.
          text = requireNonNull(labelPrefixes)[i] + text;
        } else {
          speaker = speakers.get(id);
          marked = true;
        }
      }
      if (marked) {
        // An explicit voice or label passes on even from a sound cue: an empty <v> there ends the last one's turn.
        carried = speaker;
      }
      if (kind != Segment.Kind.SPEECH) {
        speaker = null;
      } else if (!marked && carry) {
        speaker = carried;
      }
      Segment.Builder segment = Segment.builder()
          .kind(kind)
          .speaker(speaker)
          .start(Duration.ofMillis(starts[i]))
          .end(ends[i] < 0 ? null : Duration.ofMillis(ends[i]))
          .text(text)
          .id(ids == null ? null : ids[i])
          .source(context.at(lines[i], 1));
      if (words != null && words[i] != null) {
        segment.addWords(words[i]);
      }
      if (attributes != null && attributes[i] != null) {
        segment.attributes(attributes[i]);
      }
      episode.addSegment(segment.build());
    }
    episode.addSpeakers(speakers.book.speakers());
    size = 0;
  }

  /** A {@link SpeakerBook} that answers the last few keys asked, compared by identity, without a look-up. */
  private static final class Speakers {
    final SpeakerBook book = new SpeakerBook();
    private final @Nullable String[] keys = new String[4];
    private final @Nullable Speaker[] answers = new Speaker[4];
    private int next;

    Speaker get(String key) {
      Speaker speaker = recent(key);
      if (speaker == null) {
        speaker = book.get(key);
        remember(key, speaker);
      }
      return speaker;
    }

    /** The speaker of a voice, or null for a blank one (a voice naming nobody). */
    @Nullable Speaker ofVoice(String voice) {
      Speaker speaker = recent(voice);
      if (speaker == null && !voice.isBlank()) {
        speaker = book.get(voice);
        remember(voice, speaker);
      }
      return speaker;
    }

    private @Nullable Speaker recent(String key) {
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] == key) {
          return answers[i];
        }
      }
      return null;
    }

    private void remember(String key, Speaker speaker) {
      keys[next] = key;
      answers[next] = speaker;
      next = (next + 1) % keys.length;
    }
  }
}
