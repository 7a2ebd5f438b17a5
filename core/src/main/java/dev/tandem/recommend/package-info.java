/**
 * The contract every recommendation model follows, and the small pieces they share.
 *
 * <p>A {@link Trainer} holds an algorithm's parameters and seed; {@link Trainer#train(Snapshot)}
 * turns a training snapshot into an immutable, thread-safe {@link Recommender}, stamped with its
 * {@link Provenance}. A recommender answers a {@link Query} (a shopper, a cart, or both) with the
 * top-k {@link Recommendations}, never returning an item of the query itself. {@link TopK} selects
 * the best k of a dense score array; {@link ModelFiles} saves and loads any model that supports it.
 */
package dev.tandem.recommend;
