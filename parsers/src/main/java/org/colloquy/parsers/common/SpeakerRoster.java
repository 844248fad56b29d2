package org.colloquy.parsers.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.colloquy.model.Speaker;
import org.jspecify.annotations.Nullable;

/**
 * The speakers of one read, one shared {@link Speaker} per label however many segments name it, in order of first
 * appearance. A recogniser's diarisation label ({@code SPEAKER_00}, {@code A}, {@code 0}, {@code spk_0}) becomes
 * the id of a speaker shown as {@code Speaker 1}, {@code Speaker 2}, … in that order, ready to be renamed; a
 * person's name, as podcast transcripts give it, is both id and display name. Internal.
 */
public final class SpeakerRoster {

  private final Map<String, Speaker> byLabel = new HashMap<>();
  private final List<Speaker> speakers = new ArrayList<>();
  private @Nullable String lastLabel;
  private @Nullable Speaker lastSpeaker;

  /** The speaker a diarisation label names, shown as {@code Speaker N}; empty for a blank label. */
  public Optional<Speaker> label(@Nullable String label) {
    return Optional.ofNullable(labelOrNull(label));
  }

  /** Like {@link #label(String)}, without the {@code Optional} for the hot path of word-level files. */
  public @Nullable Speaker labelOrNull(@Nullable String label) {
    if (label == null) {
      return null;
    }
    // Word-level files repeat one shared label string word after word.
    if (label == lastLabel && lastSpeaker != null) {
      return lastSpeaker;
    }
    Speaker known = byLabel.get(label);
    if (known != null) {
      lastLabel = label;
      lastSpeaker = known;
      return known;
    }
    String id = label.strip();
    if (id.isEmpty()) {
      return null;
    }
    return add(label, id, "Speaker " + (speakers.size() + 1));
  }

  /**
   * The speaker a diarisation label names, shown as {@code displayName} when the source gives one; a label met
   * before keeps the name it was given first.
   */
  public @Nullable Speaker label(@Nullable String label, @Nullable String displayName) {
    if (displayName == null || displayName.isBlank() || label == null || byLabel.containsKey(label)) {
      return labelOrNull(label);
    }
    String id = label.strip();
    return id.isEmpty() ? null : add(label, id, displayName.strip());
  }

  /** The speaker a person's name names, with the name as id and display name; empty for a blank name. */
  public Optional<Speaker> name(@Nullable String name) {
    if (name == null) {
      return Optional.empty();
    }
    Speaker known = byLabel.get(name);
    if (known != null) {
      return Optional.of(known);
    }
    String id = name.strip();
    return id.isEmpty() ? Optional.empty() : Optional.of(add(name, id, id));
  }

  private Speaker add(String label, String id, String displayName) {
    Speaker speaker = byLabel.get(id);
    if (speaker == null) {
      speaker = new Speaker(id, displayName, Optional.empty(), Speaker.Role.UNKNOWN, List.of());
      byLabel.put(id, speaker);
      speakers.add(speaker);
    }
    byLabel.put(label, speaker);
    return speaker;
  }

  /** The speakers met so far, in order of first appearance. */
  public List<Speaker> speakers() {
    return speakers;
  }
}
