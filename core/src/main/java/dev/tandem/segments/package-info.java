/**
 * Customer segments: recency, frequency and monetary value per customer ({@link
 * dev.tandem.segments.RfmTable}), standardised ({@link dev.tandem.segments.RfmScaling}) and
 * clustered by k-means with a seeded k-means++ start ({@link dev.tandem.segments.KMeans}); each
 * segment described and named from its centroid ({@link dev.tandem.segments.CustomerSegments});
 * and segment-aware popularity for shoppers with little or no history ({@link
 * dev.tandem.segments.SegmentPopularity}).
 */
package dev.tandem.segments;
