package org.colloquy.parsers.asr;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.colloquy.model.Word;

/** Small conversions the recogniser formats share. */
final class AsrText {

  private static final Pattern CODE = Pattern.compile("[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*");

  private AsrText() {}

  /**
   * A language code as a BCP 47 tag ({@code en}, {@code en_us} → {@code en-US}); empty for a language name such as
   * Whisper's {@code english}, which the reader keeps as metadata instead.
   */
  static Optional<String> language(String code) {
    String s = code.strip();
    if (!CODE.matcher(s).matches()) {
      return Optional.empty();
    }
    String tag = Locale.forLanguageTag(s.replace('_', '-')).toLanguageTag();
    return tag.equals("und") ? Optional.empty() : Optional.of(tag);
  }

  /** The words' texts joined by spaces: a segment's text when the source gave only words. */
  static String join(List<Word> words) {
    StringBuilder out = new StringBuilder();
    for (Word w : words) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(w.text());
    }
    return out.toString();
  }
}
