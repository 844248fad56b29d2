package org.colloquy.query;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.model.Speaker;

/**
 * Who spoke how much in an episode: one {@link SpeakerStats} per speaker, in the episode's speaker order.
 *
 * <p>Talk time sums the speech segments whose start and end are both known (given or
 * {@linkplain Segment#endDerived() derived}); overlapping speech counts for each speaker.
 */
public final class EpisodeStats {

  private final ImmutableList<SpeakerStats> speakers;
  private final int words;
  private final Duration talkTime;

  private EpisodeStats(ImmutableList<SpeakerStats> speakers, int words, Duration talkTime) {
    this.speakers = speakers;
    this.words = words;
    this.talkTime = talkTime;
  }

  /** The statistics of {@code episode}. */
  public static EpisodeStats of(Episode episode) {
    Segments speech = episode.segments().speech();
    Segments turns = speech.turns();
    int totalWords = speech.wordCount();
    Duration totalTalk = speech.filter(s -> s.speaker().isPresent()).duration();
    ImmutableList.Builder<SpeakerStats> out = ImmutableList.builder();
    for (Speaker speaker : episode.speakers()) {
      Segments own = speech.by(speaker);
      Segments ownTurns = turns.by(speaker);
      int ownWords = own.wordCount();
      Duration talk = own.duration();
      Duration longest = Duration.ZERO;
      int longestWords = 0;
      for (Segment turn : ownTurns) {
        Duration length = turn.duration().orElse(Duration.ZERO);
        if (length.compareTo(longest) > 0) {
          longest = length;
        }
        longestWords = Math.max(longestWords, turn.wordCount());
      }
      out.add(new SpeakerStats(speaker, own.size(), ownTurns.size(), ownWords,
          totalWords == 0 ? 0 : (double) ownWords / totalWords, talk,
          totalTalk.isZero() ? 0 : (double) talk.toMillis() / totalTalk.toMillis(), longest, longestWords,
          questions(own)));
    }
    return new EpisodeStats(out.build(), totalWords, totalTalk);
  }

  private static int questions(Segments segments) {
    int count = 0;
    for (Segment s : segments) {
      String text = s.text();
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '?' && (i + 1 == text.length() || text.charAt(i + 1) != '?')) {
          count++;
        }
      }
    }
    return count;
  }

  /** One entry per speaker, in the episode's speaker order. Unmodifiable. */
  public List<SpeakerStats> speakers() {
    return speakers;
  }

  /** The entry of the speaker that {@code idOrNameOrAlias} names. */
  public Optional<SpeakerStats> of(String idOrNameOrAlias) {
    return speakers.stream()
        .filter(s -> s.speaker().id().equals(idOrNameOrAlias) || s.speaker().matches(idOrNameOrAlias))
        .findFirst();
  }

  /** All words spoken, attributed or not. */
  public int words() {
    return words;
  }

  /** All timed, attributed speaking time. */
  public Duration talkTime() {
    return talkTime;
  }

  /** A small table, one speaker a line. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-20s %5s %7s %6s %9s %6s %6s %9s%n",
        "speaker", "role", "words", "share", "talk", "share", "turns", "questions"));
    for (SpeakerStats s : speakers) {
      out.append(String.format(Locale.ROOT, "%-20s %5s %7d %5.1f%% %9s %5.1f%% %6d %9d%n",
          abbreviate(s.speaker().displayName()), s.speaker().role().name().substring(0, Math.min(5,
              s.speaker().role().name().length())).toLowerCase(Locale.ROOT), s.words(), s.wordShare() * 100,
          clock(s.talkTime()), s.talkShare() * 100, s.turns(), s.questions()));
    }
    return out.toString().stripTrailing();
  }

  private static String abbreviate(String name) {
    return name.length() <= 20 ? name : name.substring(0, 19) + "…";
  }

  static String clock(Duration d) {
    long seconds = d.toSeconds();
    return seconds >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
        : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }
}
