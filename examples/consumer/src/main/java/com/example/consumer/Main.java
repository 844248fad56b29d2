package com.example.consumer;

import java.util.stream.Collectors;
import org.colloquy.Colloquy;
import org.colloquy.format.Format;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.model.Speaker;

/**
 * What another project does with Colloquy: depends on colloquy-core at compile time and colloquy-parsers at run
 * time (the formats are found through ServiceLoader), builds an episode, writes it in every format that can be
 * written, and reads each back. Exits non-zero when Colloquy's own format does not give back an equal episode.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    Speaker host = Speaker.of("HOST", "Ada", Speaker.Role.HOST);
    Speaker guest = Speaker.of("GUEST", "Grace", Speaker.Role.GUEST);
    Episode episode = Episode.builder()
        .title("A consumer's first episode")
        .addSpeaker(host)
        .addSpeaker(guest)
        .addSegment(Segment.speech(host, java.time.Duration.ofSeconds(1), "What brought you to compilers?"))
        .addSegment(Segment.speech(guest, java.time.Duration.ofSeconds(4), "Nobody believed a computer could"
            + " write its own programs."))
        .deriveEndTimes()
        .build();
    System.out.println("Formats on the class-path: "
        + Colloquy.formats().stream().map(Format::name).collect(Collectors.joining(", ")));
    if (Colloquy.formats().isEmpty()) {
      System.err.println("no formats found: colloquy-parsers is not on the class-path");
      System.exit(1);
    }
    for (Format format : Colloquy.formats()) {
      if (format.canWrite()) {
        Episode back = Colloquy.parse(Colloquy.write(episode, format.name()), format.name());
        System.out.println("  " + format.name() + ": wrote and read back " + back);
      }
    }
    // Colloquy's own format is lossless: what is read back equals what was written.
    boolean lossless = Colloquy.parse(Colloquy.write(episode, "colloquy-json"), "colloquy-json").equals(episode);
    System.out.println("colloquy-json round trip equal: " + lossless);
    int failures = lossless ? 0 : 1;
    System.exit(failures == 0 ? 0 : 1);
  }
}
