package org.colloquy.parsers.text;

import java.util.List;
import org.colloquy.format.Format;
import org.colloquy.format.testkit.FormatContract;

class LabeledTextContractTest extends FormatContract {

  @Override
  protected Format format() {
    return new LabeledTextFormat();
  }

  @Override
  protected List<String> validSamples() {
    return List.of(
        Fixtures.text("labeled-text/y_bracket-time.txt"),
        Fixtures.text("labeled-text/y_otter.txt"),
        Fixtures.text("labeled-text/y_markdown.md"),
        Fixtures.text("labeled-text/y_qa.txt"),
        Fixtures.text(Fixtures.SEED));
  }
}
