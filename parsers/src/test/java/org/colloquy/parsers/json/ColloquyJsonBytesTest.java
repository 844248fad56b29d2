package org.colloquy.parsers.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import org.colloquy.format.ColloquyParseException;
import org.colloquy.format.FormatRegistry;
import org.colloquy.format.ReadOptions;
import org.junit.jupiter.api.Test;

/** colloquy-json is parsed from UTF-8 bytes, yet its errors count columns in characters. */
class ColloquyJsonBytesTest {

  @Test
  void anErrorAfterNonAsciiTextIsLocatedInCharacters() {
    String json = "{\"colloquy\": 1, \"title\": \"Caf\u00e9 \u4f60\u597d \ud83d\ude00\", \"date\": 5}";
    FormatRegistry registry = FormatRegistry.builder().add(new ColloquyJsonFormat()).build();
    assertThatThrownBy(() -> registry.read(new ByteArrayInputStream(json.getBytes(UTF_8)), "c.json",
        "colloquy-json", ReadOptions.defaults()))
        .isInstanceOfSatisfying(ColloquyParseException.class,
            e -> assertThat(e.location()).hasToString("c.json:1:" + (json.indexOf(": 5}") + 3)));
  }
}
