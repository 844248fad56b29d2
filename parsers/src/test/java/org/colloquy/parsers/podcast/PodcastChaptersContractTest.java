package org.colloquy.parsers.podcast;

import java.util.List;
import org.colloquy.format.Format;
import org.colloquy.format.testkit.FormatContract;
import org.colloquy.parsers.JsonFixtures;

class PodcastChaptersContractTest extends FormatContract {

  @Override
  protected Format format() {
    return new PodcastChaptersFormat();
  }

  @Override
  protected List<String> validSamples() {
    return List.of(JsonFixtures.text("podcast-chapters/y_chapters.json"));
  }
}
