package org.colloquy.parsers.asr;

import java.util.List;
import org.colloquy.format.Format;
import org.colloquy.format.testkit.FormatContract;
import org.colloquy.parsers.JsonFixtures;

class WhisperJsonContractTest extends FormatContract {

  @Override
  protected Format format() {
    return new WhisperJsonFormat();
  }

  @Override
  protected List<String> validSamples() {
    return List.of(JsonFixtures.text("whisper-json/y_openai-verbose.json"),
        JsonFixtures.text("whisper-json/y_whisperx-diarised.json"),
        JsonFixtures.text("whisper-json/y_whispercpp-full.json"),
        JsonFixtures.text("whisper-json/y_api-top-level-words.json"));
  }
}
