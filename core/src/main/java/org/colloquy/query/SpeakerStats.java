package org.colloquy.query;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Locale;
import org.colloquy.model.Speaker;

/**
 * How much one speaker took part in a conversation.
 *
 * @param speaker who
 * @param segments how many speech segments are theirs
 * @param turns how many turns: runs of their consecutive speech segments
 * @param words how many words they said
 * @param wordShare their share of all words spoken, from 0 to 1
 * @param talkTime their summed speaking time, over segments whose start and end are known
 * @param talkShare their share of all timed speaking, from 0 to 1 (0 when nothing is timed)
 * @param longestTurn the longest of their turns in time (zero when untimed)
 * @param longestTurnWords the longest of their turns in words
 * @param questions how many questions they asked: sentences ending in a question mark
 */
public record SpeakerStats(
    Speaker speaker,
    int segments,
    int turns,
    int words,
    double wordShare,
    Duration talkTime,
    double talkShare,
    Duration longestTurn,
    int longestTurnWords,
    int questions) {

  public SpeakerStats {
    requireNonNull(speaker, "speaker");
    requireNonNull(talkTime, "talkTime");
    requireNonNull(longestTurn, "longestTurn");
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s: %d words (%.0f%%), talk %s (%.0f%%), %d turns, %d questions",
        speaker.displayName(), words, wordShare * 100, EpisodeStats.clock(talkTime), talkShare * 100, turns,
        questions);
  }
}
