package org.colloquy.format;

import java.util.List;
import org.colloquy.format.testkit.FormatContract;

/** The contract kit applied to core's toy format, so the kit itself is exercised in core's build. */
class ToyFormatContractTest extends FormatContract {

  @Override
  protected Format format() {
    return new ToyFormat();
  }

  @Override
  protected List<String> validSamples() {
    return List.of("TOY\nYANN: I was born near Paris.\nCRAIG: You're French.\nYANN: French and American now.\n",
        "TOY\nA: é ü 😀\n");
  }
}
