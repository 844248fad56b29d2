package org.colloquy.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds names so that {@code Yann LeCun}, {@code yann lecun} and {@code Yánn  Lecun} compare equal. */
final class Names {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern BLANKS = Pattern.compile("\\s+");

  private Names() {}

  static String fold(String name) {
    String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFD);
    return BLANKS.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ").toLowerCase(Locale.ROOT);
  }
}
