/**
 * The conversation model: an {@link org.colloquy.model.Episode} of {@link org.colloquy.model.Speaker}s,
 * {@link org.colloquy.model.Segment}s, {@link org.colloquy.model.Quote}s and {@link org.colloquy.model.Topic}s.
 *
 * <p>Every type here is an immutable value, safe to share between threads, compared by value, and
 * null-hostile: absent values are {@link java.util.Optional}s, absent collections are empty. Builders are the
 * only mutable types.
 */
@NullMarked
package org.colloquy.model;

import org.jspecify.annotations.NullMarked;
