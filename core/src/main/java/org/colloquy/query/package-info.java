/**
 * Queries over a conversation: {@link org.colloquy.query.Segments}, a chainable immutable list of segments, and
 * {@link org.colloquy.query.EpisodeStats}, who spoke how much.
 */
@NullMarked
package org.colloquy.query;

import org.jspecify.annotations.NullMarked;
