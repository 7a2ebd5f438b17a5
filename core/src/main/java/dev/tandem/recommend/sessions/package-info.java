/**
 * Session models: {@link dev.tandem.recommend.sessions.SessionKnn}, "what comes next" for a session
 * in progress from the most similar recent sessions.
 *
 * <p>Why session-kNN and not a first-order Markov chain: in the shops' data a basket's lines share
 * one timestamp, so the order inside a basket is the export's line order, not the shopper's; a
 * Markov chain would learn that order. Session-kNN uses the whole session (with more weight on its
 * latest items when the order is real) and holds up well against sequence models in published
 * comparisons (Ludewig and Jannach 2018).
 */
package dev.tandem.recommend.sessions;
