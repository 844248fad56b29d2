package org.colloquy.parsers.srt;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.colloquy.format.Format;
import org.colloquy.format.ReadContext;
import org.colloquy.format.Sample;
import org.colloquy.format.WriteOptions;
import org.colloquy.model.Episode;

/**
 * SubRip captions ({@code .srt}), as Whisper, video editors and subtitle sites write them.
 *
 * <p>Each numbered block becomes a segment. Reading is lenient where real files need it — a missing or
 * non-numeric index (kept as {@code Segment.id()} unless it is just the block's position), {@code .} or
 * full-width separators, one-digit fields, a missing or short fraction, the arrows {@code - >} and
 * {@code -- >}, blank lines inside a block's text when what follows is not a new block, no final blank line —
 * each departure from {@code HH:MM:SS,mmm --> HH:MM:SS,mmm} reported as a warning (strict reading rejects it).
 * Negative times are an error and their block is dropped. Text after the end time (such as
 * {@code X1:… Y2:…} coordinates) is kept in {@code Segment.attributes()}. {@code <i>}, {@code <b>},
 * {@code <u>}, {@code <font>} and ASS overrides such as {@code {\i1}} are removed from the text. A
 * {@code Name:} or {@code [Name]:} prefix names the speaker, who carries forward to the following blocks (see
 * {@code ReadOptions.speakerCarry()}).
 *
 * <p>Write options: {@code maxLineLength} (42), {@code maxLines} (2) and {@code maxCueSeconds} (7) for
 * splitting long segments; a speaker's name is written as a {@code Name: } prefix when the speaker changes.
 */
public final class SrtFormat implements Format {

  @Override
  public String name() {
    return "srt";
  }

  @Override
  public List<String> extensions() {
    return List.of("srt");
  }

  @Override
  public String description() {
    return "SubRip captions (.srt)";
  }

  @Override
  public double detect(Sample sample) {
    return SrtReader.detect(sample.head());
  }

  @Override
  public Episode read(ReadContext context) {
    return new SrtReader(context).read();
  }

  @Override
  public boolean canWrite() {
    return true;
  }

  @Override
  public void write(Episode episode, Writer out, WriteOptions options) throws IOException {
    new SrtWriter(options).write(episode, out);
  }
}
