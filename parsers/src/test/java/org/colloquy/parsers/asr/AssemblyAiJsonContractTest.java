package org.colloquy.parsers.asr;

import java.util.List;
import org.colloquy.format.Format;
import org.colloquy.format.testkit.FormatContract;
import org.colloquy.parsers.JsonFixtures;

class AssemblyAiJsonContractTest extends FormatContract {

  @Override
  protected Format format() {
    return new AssemblyAiJsonFormat();
  }

  @Override
  protected List<String> validSamples() {
    return List.of(JsonFixtures.text("assemblyai-json/y_utterances.json"),
        JsonFixtures.text("assemblyai-json/y_words-only.json"));
  }
}
