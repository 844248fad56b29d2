/**
 * The Podcasting 2.0 formats: the JSON and HTML transcripts the {@code podcast:transcript} tag points to, and the
 * JSON chapters file of {@code podcast:chapters}.
 */
@NullMarked
package org.colloquy.parsers.podcast;

import org.jspecify.annotations.NullMarked;
