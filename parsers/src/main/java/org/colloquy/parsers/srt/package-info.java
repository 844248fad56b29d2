/** SubRip captions: {@link org.colloquy.parsers.srt.SrtFormat}, read leniently and written with speaker prefixes. */
@NullMarked
package org.colloquy.parsers.srt;

import org.jspecify.annotations.NullMarked;
