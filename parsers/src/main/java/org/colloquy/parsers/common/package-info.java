/**
 * Internal helpers shared by several format families (caption timestamps, speaker prefixes, cue layout). Not
 * part of the public API: the classes are public only so that format packages can use them, and may change
 * without notice.
 */
@NullMarked
package org.colloquy.parsers.common;

import org.jspecify.annotations.NullMarked;
