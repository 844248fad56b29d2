package org.colloquy.examples.programs;

import static java.time.Duration.ofSeconds;

import org.colloquy.model.Episode;
import org.colloquy.model.Quote;
import org.colloquy.model.Segment;
import org.colloquy.model.Speaker;
import org.colloquy.model.Topic;

/**
 * Shows how to build an {@link Episode} by hand with the builders, which check that the parts fit together (every
 * segment's speaker must be one of the episode's), and how derived end times work.
 */
public final class BuildEpisodeByHand {

  private BuildEpisodeByHand() {}

  public static void main(String[] args) {
    Speaker ada = Speaker.of("ADA", "Ada Lovelace", Speaker.Role.GUEST);
    Speaker host = Speaker.of("HOST", "The Host", Speaker.Role.HOST);
    Episode episode = Episode.builder()
        .title("Notes on the Analytical Engine")
        .addSpeaker(host)
        .addSpeaker(ada)
        .addSegment(Segment.speech(host, ofSeconds(0), "What can the engine do?"))
        .addSegment(Segment.speech(ada, ofSeconds(4), "It might compose elaborate pieces of music."))
        .addSegment(Segment.builder().kind(Segment.Kind.MUSIC).start(ofSeconds(12)).end(ofSeconds(20))
            .text("a short piece").build())
        .addQuote(Quote.of("It might compose elaborate pieces of music.", ada))
        .addTopic(Topic.named("Machine creativity"))
        .duration(ofSeconds(20))
        // Ends the source left out are taken from the next start, and marked as derived.
        .deriveEndTimes()
        .build();
    System.out.println(episode);
    episode.segments().forEach(s -> System.out.println("  " + s + " ends " + s.end().orElseThrow()
        + (s.endDerived() ? " (derived)" : "")));
    try {
      Episode.builder().addSegment(Segment.speech(Speaker.of("NOBODY"), ofSeconds(1), "Hello?")).build();
    } catch (IllegalArgumentException e) {
      System.out.println("rejected: " + e.getMessage());
    }
  }
}
