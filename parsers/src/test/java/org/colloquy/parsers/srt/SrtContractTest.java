package org.colloquy.parsers.srt;

import java.util.List;
import org.colloquy.format.Format;
import org.colloquy.format.testkit.FormatContract;
import org.colloquy.parsers.common.CaptionFixtures;

class SrtContractTest extends FormatContract {

  @Override
  protected Format format() {
    return new SrtFormat();
  }

  @Override
  protected List<String> validSamples() {
    return List.of(CaptionFixtures.text("srt/y_speakers.srt"), CaptionFixtures.text("srt/y_formatting.srt"),
        CaptionFixtures.text("srt/y_coordinates.srt"), CaptionFixtures.text("srt/y_whisper.srt"));
  }
}
