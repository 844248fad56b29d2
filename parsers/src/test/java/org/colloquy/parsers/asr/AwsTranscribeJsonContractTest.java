package org.colloquy.parsers.asr;

import java.util.List;
import org.colloquy.format.Format;
import org.colloquy.format.testkit.FormatContract;
import org.colloquy.parsers.JsonFixtures;

class AwsTranscribeJsonContractTest extends FormatContract {

  @Override
  protected Format format() {
    return new AwsTranscribeJsonFormat();
  }

  @Override
  protected List<String> validSamples() {
    return List.of(JsonFixtures.text("aws-transcribe-json/y_speaker-segments.json"),
        JsonFixtures.text("aws-transcribe-json/y_channels.json"),
        JsonFixtures.text("aws-transcribe-json/y_item-speakers.json"));
  }
}
