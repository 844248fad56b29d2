package org.colloquy.parsers.podcast;

import java.util.List;
import org.colloquy.format.Format;
import org.colloquy.format.testkit.FormatContract;
import org.colloquy.parsers.JsonFixtures;

class PodcastJsonContractTest extends FormatContract {

  @Override
  protected Format format() {
    return new PodcastJsonFormat();
  }

  @Override
  protected List<String> validSamples() {
    return List.of(JsonFixtures.text("podcast-json/y_paragraphs.json"),
        JsonFixtures.text("podcast-json/y_word-per-segment.json"));
  }
}
