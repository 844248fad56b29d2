/**
 * WebVTT: {@link org.colloquy.parsers.vtt.WebVttFormat}, read by the WHATWG/W3C parsing algorithm (file, cue
 * timings and settings, regions, cue text) and written with voice spans.
 */
@NullMarked
package org.colloquy.parsers.vtt;

import org.jspecify.annotations.NullMarked;
