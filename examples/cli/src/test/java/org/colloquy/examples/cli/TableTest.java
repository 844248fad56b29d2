package org.colloquy.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableTest {

  @ParameterizedTest(name = "[{0}] is written [{1}]")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "plain|plain",
      "a, b|\"a, b\"",
      "say \"hi\"|\"say \"\"hi\"\"\"",
      "`two\nlines`|`\"two\nlines\"`",
      "` padded`|`\" padded\"`",
      "``|``"
  })
  void csvFieldsAreQuotedOnlyWhenTheyMustBe(String value, String written) {
    assertThat(Table.csvField(value)).isEqualTo(written);
  }

  @Test
  void csvHasAHeaderAndCrlfLineEndsAndTypedCellsInMachineForm() {
    Table table = new Table("name", "talk", "share", "missing", "aliases")
        .add("Yann, Jr.", Duration.ofMillis(69_500), new Table.Share(0.4213), Optional.empty(), List.of("Y", "YL"));
    StringWriter out = new StringWriter();
    table.printCsv(new PrintWriter(out, true));
    assertThat(out.toString()).isEqualTo("name,talk,share,missing,aliases\r\n\"Yann, Jr.\",69.500,0.4213,,Y; YL\r\n");
  }

  @Test
  void textAlignsColumnsRightAlignsNumbersAndHidesTheColumnsAsked() {
    Table table = new Table("file", "speaker", "words")
        .add("x.txt", "CRAIG", 7)
        .add("x.txt", "YANN", 1234);
    StringWriter out = new StringWriter();
    table.printText(new PrintWriter(out, true), Set.of("file"));
    assertThat(out.toString().lines()).containsExactly(
        "speaker  words",
        "CRAIG        7",
        "YANN      1234");
  }

  @Test
  void jsonKeepsNumbersAsNumbersAndEmptyValuesAsNull() {
    Table table = new Table("talk", "share", "missing", "count")
        .add(Duration.ofSeconds(90), new Table.Share(0.5), Optional.empty(), 3);
    assertThat(table.jsonRows()).singleElement().satisfies(row -> {
      assertThat(row).containsEntry("talk", 90.0).containsEntry("share", 0.5).containsEntry("count", 3);
      assertThat(row).containsKey("missing");
      assertThat(row.get("missing")).isNull();
    });
  }
}
