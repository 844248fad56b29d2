package org.colloquy.parsers.vtt;

import java.util.List;
import org.colloquy.format.Format;
import org.colloquy.format.testkit.FormatContract;
import org.colloquy.parsers.common.CaptionFixtures;

class VttContractTest extends FormatContract {

  @Override
  protected Format format() {
    return new WebVttFormat();
  }

  @Override
  protected List<String> validSamples() {
    return List.of(CaptionFixtures.text("vtt/y_zoom.vtt"), CaptionFixtures.text("vtt/y_youtube-auto.vtt"),
        CaptionFixtures.text("vtt/y_settings-regions-notes.vtt"), CaptionFixtures.text("vtt/y_podcasting20.vtt"));
  }
}
