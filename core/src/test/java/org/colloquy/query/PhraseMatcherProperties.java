package org.colloquy.query;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The allocation-free ASCII search answers exactly as the general folded search does. */
class PhraseMatcherProperties {

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("abAB01 '’-.,?\t").ofMaxLength(30);
  }

  @Provide
  Arbitrary<String> phrases() {
    return Arbitraries.strings().withChars("abAB01 '-").ofMinLength(1).ofMaxLength(6)
        .filter(p -> !PhraseMatcher.tokenize(p).isEmpty());
  }

  @Property(tries = 3000)
  void asciiSearchAgreesWithFoldedSearch(@ForAll("texts") String text, @ForAll("phrases") String phrase) {
    PhraseMatcher matcher = PhraseMatcher.of(phrase);
    assertThat(matcher.matches(text)).as("\"%s\" in \"%s\"", phrase, text).isEqualTo(matcher.matchesFolded(text));
  }
}
