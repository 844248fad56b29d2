package org.colloquy.parsers.summary;

import java.util.List;
import org.colloquy.format.Format;
import org.colloquy.format.testkit.FormatContract;

class SummaryPageContractTest extends FormatContract {

  @Override
  protected Format format() {
    return new SummaryPageFormat();
  }

  @Override
  protected List<String> validSamples() {
    return List.of(Fixtures.text(Fixtures.SEED), Fixtures.text("summary-page/y_several-guests.txt"),
        Fixtures.text("summary-page/y_twelve-quotes.txt"));
  }
}
