package org.colloquy.examples.programs;

import org.colloquy.Colloquy;
import org.colloquy.model.Episode;

/**
 * Shows the speaker identity layer: recognisers label voices {@code SPEAKER_00}, {@code SPEAKER_01}; rename them,
 * give them aliases, and merge two labels that turn out to be one person. Each step returns a new episode with
 * every segment re-keyed.
 */
public final class RenameDiarisedSpeakers {

  private RenameDiarisedSpeakers() {}

  static final String TRANSCRIPT = """
      [SPEAKER_00]: Welcome to the show. Today we talk about learning machines.
      [SPEAKER_01]: Thanks for having me.
      [SPEAKER_00]: Where did it all start for you?
      [SPEAKER_02]: With a book on perceptrons, believe it or not.
      [SPEAKER_01]: Sorry, that was me again, the microphone switched.
      """;

  public static void main(String[] args) {
    Episode diarised = Colloquy.parse(TRANSCRIPT, "labeled-text");
    System.out.println("as recognised: " + diarised.speakers());
    Episode named = diarised
        .renameSpeaker("SPEAKER_00", "Craig Smith")
        .renameSpeaker("SPEAKER_01", "Yann LeCun")
        .mergeSpeakers("SPEAKER_02", "SPEAKER_01")
        .addSpeakerAliases("Yann LeCun", "Yann");
    System.out.println("named:         " + named.speakers());
    // Turns first, then the speaker: turns() merges what is consecutive in the list it is given.
    System.out.println("Yann's turns:  " + named.segments().turns().by("yann").size());
    named.segments().forEach(s -> System.out.println("  " + s));
  }
}
