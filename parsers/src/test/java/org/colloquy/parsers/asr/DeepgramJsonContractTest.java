package org.colloquy.parsers.asr;

import java.util.List;
import org.colloquy.format.Format;
import org.colloquy.format.testkit.FormatContract;
import org.colloquy.parsers.JsonFixtures;

class DeepgramJsonContractTest extends FormatContract {

  @Override
  protected Format format() {
    return new DeepgramJsonFormat();
  }

  @Override
  protected List<String> validSamples() {
    return List.of(JsonFixtures.text("deepgram-json/y_utterances.json"),
        JsonFixtures.text("deepgram-json/y_paragraphs.json"),
        JsonFixtures.text("deepgram-json/y_two-channels.json"));
  }
}
