package org.colloquy.examples.programs;

import static java.time.Duration.ofMinutes;

import java.nio.file.Path;
import org.colloquy.Colloquy;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.query.Segments;

/**
 * Shows the query API on a real interview: filters chain because each returns {@link Segments} again, an
 * immutable {@code List<Segment>}, so every list and stream method works too.
 */
public final class QueryBySpeakerAndTime {

  private QueryBySpeakerAndTime() {}

  public static void main(String[] args) {
    Episode ep = Colloquy.load(Path.of(args.length > 0 ? args[0] : "../samples/interview.json"));
    Segments window = ep.segments().speech().by("yann").between(ofMinutes(5), ofMinutes(10));
    System.out.println("Yann between 5 and 10 minutes: " + window.size() + " segments, " + window.wordCount()
        + " words");
    Segments backprop = window.containing("backprop");
    System.out.println("…of which mention backprop: " + backprop.size());
    backprop.first().map(Segment::toString).ifPresent(s -> System.out.println("  first: " + s));
    System.out.println("What was said at 30:00: " + ep.segments().at(ofMinutes(30)));
    System.out.println("Questions Craig asked: " + ep.stats().of("craig").orElseThrow().questions());
  }
}
