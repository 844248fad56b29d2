package org.colloquy.parsers.json;

import java.util.List;
import org.colloquy.format.Format;
import org.colloquy.format.testkit.FormatContract;

class ColloquyJsonContractTest extends FormatContract {

  @Override
  protected Format format() {
    return new ColloquyJsonFormat();
  }

  @Override
  protected List<String> validSamples() {
    return List.of(ColloquyJsonTest.fixture("interview.json"),
        "{\"colloquy\": 1, \"title\": \"Only a title\"}");
  }
}
