package org.colloquy.parsers.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.colloquy.format.ReadOptions;
import org.colloquy.model.Diagnostic;
import org.colloquy.model.Episode;
import org.colloquy.model.Segment;
import org.colloquy.model.SourceLocation;
import org.junit.jupiter.api.Test;

/**
 * The reader copies words as UTF-8 bytes and counts columns in characters: text beyond ASCII — accents, curly
 * quotes, no-break spaces, characters outside the Basic Multilingual Plane — must come out whole, and notes must
 * point at the right character.
 */
class LabeledTextUnicodeTest {

  private static final String DAMAGED = String.join("\n",
      "CRAIG: 00:01 The caf\u00e9 quesEon about arEficial intelligence took some Eme.",
      "",
      "YANN: 00:09 \u201cNa\u00efve\u201d soLware\u00a0got prehy \ud83d\ude00 good aLer that, \u00e9l\u00e8ve-",
      "\u00e9lan. The caf\u00e9\u2019s \u00e9l\u00e8ve arEficial.",
      "");

  @Test
  void wordsBeyondAsciiAreKeptAndDamagedWordsAmongThemRepaired() {
    Episode ep = read(DAMAGED);
    assertThat(ep.segments()).extracting(Segment::text).containsExactly(
        "The caf\u00e9 question about artificial intelligence took some time.",
        "\u201cNa\u00efve\u201d software got pretty \ud83d\ude00 good after that, \u00e9l\u00e8ve-\u00e9lan. The caf\u00e9\u2019s "
            + "\u00e9l\u00e8ve artificial.");
  }

  @Test
  void repairNotesCountColumnsInCharacters() {
    Episode ep = read(DAMAGED);
    List<Diagnostic> repairs = ep.diagnostics().stream().filter(d -> d.code().equals("ligature-repair")).toList();
    assertThat(repairs).extracting(d -> d.location().map(SourceLocation::line).orElse(0),
            d -> d.location().map(SourceLocation::column).orElse(0))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, columnOf(DAMAGED, 0, "quesEon")),
            org.assertj.core.groups.Tuple.tuple(1, columnOf(DAMAGED, 0, "arEficial")),
            org.assertj.core.groups.Tuple.tuple(1, columnOf(DAMAGED, 0, "Eme")),
            org.assertj.core.groups.Tuple.tuple(3, columnOf(DAMAGED, 2, "soLware")),
            org.assertj.core.groups.Tuple.tuple(3, columnOf(DAMAGED, 2, "prehy")),
            org.assertj.core.groups.Tuple.tuple(3, columnOf(DAMAGED, 2, "aLer")),
            org.assertj.core.groups.Tuple.tuple(4, columnOf(DAMAGED, 3, "arEficial")));
  }

  @Test
  void aMisTypedBracketAfterTextBeyondAsciiIsNotedAtItsCharacter() {
    Episode ep = read("CRAIG: 00:01 \u00c9cole \ud83d\ude00 {inaudible] done\n");
    assertThat(ep.segments().get(0).text()).isEqualTo("\u00c9cole \ud83d\ude00 [inaudible] done");
    Diagnostic note = ep.diagnostics().stream().filter(d -> d.code().equals("bracket-repair")).findFirst()
        .orElseThrow();
    assertThat(note.location().orElseThrow().column()).isEqualTo(columnOf("CRAIG: 00:01 \u00c9cole \ud83d\ude00 "
        + "{inaudible] done", 0, "{inaudible]"));
  }

  @Test
  void readingTextAndReadingItsBytesAgree() {
    Episode fromText = Fixtures.REGISTRY.parse(DAMAGED, "u.txt", LabeledTextFormat.NAME, ReadOptions.defaults());
    assertThat(read(DAMAGED)).isEqualTo(fromText);
  }

  private static Episode read(String text) {
    return Fixtures.REGISTRY.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "u.txt",
        LabeledTextFormat.NAME, ReadOptions.defaults());
  }

  /** The 1-based column, in UTF-16 characters, of {@code word} on line {@code lineIndex} (0-based). */
  private static int columnOf(String text, int lineIndex, String word) {
    String line = text.split("\n", -1)[lineIndex];
    return line.indexOf(word) + 1;
  }
}
