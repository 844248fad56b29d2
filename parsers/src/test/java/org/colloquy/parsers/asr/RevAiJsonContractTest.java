package org.colloquy.parsers.asr;

import java.util.List;
import org.colloquy.format.Format;
import org.colloquy.format.testkit.FormatContract;
import org.colloquy.parsers.JsonFixtures;

class RevAiJsonContractTest extends FormatContract {

  @Override
  protected Format format() {
    return new RevAiJsonFormat();
  }

  @Override
  protected List<String> validSamples() {
    return List.of(JsonFixtures.text("revai-json/y_two-speakers.json"));
  }
}
