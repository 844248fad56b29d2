package org.colloquy.parsers.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.colloquy.model.Speaker;

/**
 * The speakers of one read, in order of first appearance, one shared {@link Speaker} per label so that a
 * speaker's strings are held once however many segments name it. Internal.
 */
public final class SpeakerBook {

  private final Map<String, Speaker> byLabel = new HashMap<>();
  private final List<Speaker> speakers = new ArrayList<>();

  /** The speaker for {@code label} (stripped), created on first use; the label must not be blank. */
  public Speaker get(String label) {
    Speaker known = byLabel.get(label);
    if (known != null) {
      return known;
    }
    String id = label.strip();
    Speaker speaker = byLabel.get(id);
    if (speaker == null) {
      speaker = Speaker.of(id);
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
