package org.colloquy.parsers.common;

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
  private @Nullable String[] ids;
  private @Nullable String[] voices;
  private @Nullable String[] labelNames;
  /** What stood before the text when a label was cut off it: the label, its colon, its blanks. */
  private @Nullable String[] labelPrefixes;
  /** Label names and prefixes met so far, so that a cue's label costs a comparison rather than a string. */
  private final String[] shared = new String[32];
  /** The evidence recorded for a shared label, so that a repeated label skips the map. */
  private final SpeakerLabels.@Nullable Cue[] sharedEvidence = new SpeakerLabels.Cue[32];
  private int sharedCount;
  private final int[] found = new int[4];
  private @Nullable Map<String, String>[] attributes;
  private @Nullable List<Word>[] words;
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
    ids = new String[n];
    voices = new String[n];
    labelNames = new String[n];
    labelPrefixes = new String[n];
    attributes = newMaps(n);
    words = newLists(n);
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
    add(start, end, line, text, 0, text.length(), id, idMayName, voice, cueAttributes, cueWords);
  }

  /**
   * Adds a cue whose clean text is {@code source[from, to)}, copying only the part the segment keeps: a large file
   * is mostly cue text, and a label cut off a copy would copy it twice.
   *
   * @see #add(long, long, int, String, String, boolean, String, Map, List)
   */
  public void add(long start, long end, int line, String source, int from, int to, @Nullable String id,
      boolean idMayName, @Nullable String voice, @Nullable Map<String, String> cueAttributes,
      @Nullable List<Word> cueWords) {
    if (size == starts.length) {
      grow();
    }
    starts[size] = start;
    ends[size] = end;
    lines[size] = line;
    ids[size] = id;
    voices[size] = voice;
    attributes[size] = cueAttributes;
    words[size] = cueWords == null || cueWords.isEmpty() ? null : cueWords;
    labelNames[size] = null;
    labelPrefixes[size] = null;
    int textFrom = from;
    if (voice == null && CueKinds.of(source, from, to) == Segment.Kind.SPEECH
        && CueLabel.find(source, from, to, found) && found[2] < to) {
      int slot = sharedSlot(source, found[0], found[1]);
      String name = slot >= 0 ? shared[slot] : source.substring(found[0], found[1]);
      SpeakerLabels.Cue cue = slot >= 0 ? sharedEvidence[slot] : null;
      if (cue == null) {
        cue = evidence.get(name);
      }
      if (cue == null) {
        cue = found[3] != 0 || SpeakerLabels.isNameShaped(name, false) ? SpeakerLabels.Cue.MARKED
            : SpeakerLabels.Cue.PLAIN;
        evidence.put(name, cue);
        labels.offer(name, cue, line, 1);
      } else if (cue == SpeakerLabels.Cue.PLAIN) {
        labels.offer(name, cue, line, 1);
      }
      if (slot >= 0) {
        sharedEvidence[slot] = cue;
      }
      labelNames[size] = name;
      textFrom = found[2];
      labelPrefixes[size] = shared(source, from, textFrom);
    }
    texts[size] = from == 0 && to == source.length() && textFrom == 0 ? source : source.substring(textFrom, to);
    if (voice == null && labelNames[size] == null && idMayName && id != null && isSpeakerId(id)) {
      // An identifier that names someone is as good as a voice for this cue.
      voices[size] = id;
    }
    size++;
  }

  /** {@code s[from, to)} as a string met before when there is one, so repeated labels share one. */
  private String shared(String s, int from, int to) {
    int slot = sharedSlot(s, from, to);
    return slot >= 0 ? shared[slot] : s.substring(from, to);
  }

  /** Where {@code s[from, to)} is among the shared strings, added if there is room; -1 when there is none. */
  private int sharedSlot(String s, int from, int to) {
    int length = to - from;
    for (int i = 0; i < sharedCount; i++) {
      String known = shared[i];
      if (known.length() == length && s.regionMatches(from, known, 0, length)) {
        return i;
      }
    }
    if (sharedCount < shared.length) {
      shared[sharedCount] = s.substring(from, to);
      return sharedCount++;
    }
    return -1;
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
    ids = Arrays.copyOf(ids, n);
    voices = Arrays.copyOf(voices, n);
    labelNames = Arrays.copyOf(labelNames, n);
    labelPrefixes = Arrays.copyOf(labelPrefixes, n);
    attributes = Arrays.copyOf(attributes, n);
    words = Arrays.copyOf(words, n);
  }

  /** Adds the segments and their speakers to {@code episode}; the drafts are spent afterwards. */
  public void addTo(Episode.Builder episode, ReadContext context) {
    SpeakerLabels.Decision decision = labels.decide();
    Map<String, String> idOfLabel = new HashMap<>();
    SpeakerBook speakers = new SpeakerBook();
    Speaker carried = null;
    for (int i = 0; i < size; i++) {
      String text = texts[i];
      String label = labelNames[i];
      // A label was looked for only in speech.
      Segment.Kind kind = label != null ? Segment.Kind.SPEECH : CueKinds.of(text);
      Speaker speaker = null;
      boolean marked = false;
      String voice = voices[i];
      if (voice != null) {
        marked = true;
        speaker = voice.isBlank() ? null : speakers.get(voice);
        if (speaker != null) {
          // A voice attributes even "[laughs]" to someone: it is their turn, not a sound of the room.
          kind = Segment.Kind.SPEECH;
        }
      } else if (label != null) {
        String id = idOfLabel.get(label);
        if (id == null) {
          id = decision.speaker(label).orElse("");
          idOfLabel.put(label, id);
        }
        if (id.isEmpty()) {
          // Not a speaker after all: the label stays part of what was said.
          text = labelPrefixes[i] + text;
        } else {
          speaker = speakers.get(id);
          marked = true;
        }
      }
      if (kind != Segment.Kind.SPEECH) {
        speaker = null;
      } else if (marked) {
        carried = speaker;
      } else if (carry) {
        speaker = carried;
      }
      Segment.Builder segment = Segment.builder()
          .kind(kind)
          .speaker(speaker)
          .start(Duration.ofMillis(starts[i]))
          .end(ends[i] < 0 ? null : Duration.ofMillis(ends[i]))
          .text(text)
          .id(ids[i])
          .source(context.at(lines[i], 1));
      if (words[i] != null) {
        segment.addWords(words[i]);
      }
      if (attributes[i] != null) {
        segment.attributes(attributes[i]);
      }
      episode.addSegment(segment.build());
      texts[i] = null;
      labelPrefixes[i] = null;
      words[i] = null;
      attributes[i] = null;
    }
    episode.addSpeakers(speakers.speakers());
    size = 0;
  }
}
