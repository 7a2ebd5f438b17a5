/**
 * General splitters for a shop's own data: each turns a {@link dev.tandem.dataset.Snapshot} into a
 * training snapshot and per-customer test cases ({@link dev.tandem.evaluation.split.Split}).
 * {@link dev.tandem.evaluation.split.TemporalSplit} cuts at a time, {@link
 * dev.tandem.evaluation.split.LeaveLastBasketOut} holds out each customer's last order, {@link
 * dev.tandem.evaluation.split.RandomHoldout} a seeded share of each customer's items. The training
 * snapshot keeps the whole catalog, so item indices are the same in both.
 */
package dev.tandem.evaluation.split;
