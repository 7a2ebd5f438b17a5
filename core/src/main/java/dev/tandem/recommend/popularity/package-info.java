/**
 * Popularity models: the baseline every other model must beat, and the cold-start fallback.
 *
 * <ul>
 *   <li>{@link dev.tandem.recommend.popularity.GlobalPopularity} ({@code popularity}): items by the
 *       distinct orders (or customers) that bought them;
 *   <li>{@link dev.tandem.recommend.popularity.CategoryPopularity} ({@code category-popularity}):
 *       the query's categories first, then everything else, each by popularity;
 *   <li>{@link dev.tandem.recommend.popularity.TrendingPopularity} ({@code trending-popularity}):
 *       orders weighted by an exponential time decay with a given half-life, measured back from
 *       the snapshot's last event (never the wall clock).
 * </ul>
 *
 * <p>All are {@link dev.tandem.recommend.PersistentRecommender}s; {@link
 * dev.tandem.recommend.popularity.Popularity#readers()} registers their readers for {@link
 * dev.tandem.recommend.ModelFiles#load}.
 */
package dev.tandem.recommend.popularity;
