package org.colloquy.parsers.podcast;

import java.util.List;
import org.colloquy.format.Format;
import org.colloquy.format.testkit.FormatContract;
import org.colloquy.parsers.JsonFixtures;

class PodcastHtmlContractTest extends FormatContract {

  @Override
  protected Format format() {
    return new PodcastHtmlFormat();
  }

  @Override
  protected List<String> validSamples() {
    return List.of(JsonFixtures.text("podcast-html/y_basic.html"));
  }
}
