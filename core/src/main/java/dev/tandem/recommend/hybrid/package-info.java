/**
 * {@link dev.tandem.recommend.hybrid.Hybrid}: blends several models' candidates with weights
 * learned on a time-ordered validation split of the training snapshot.
 */
package dev.tandem.recommend.hybrid;
