/**
 * The {@code labeled-text} format: speaker-labelled plain-text transcripts, from PDF extracts to the exports of
 * transcription tools. {@link org.colloquy.parsers.text.LabeledTextFormat} is the entry point.
 */
@NullMarked
package org.colloquy.parsers.text;

import org.jspecify.annotations.NullMarked;
