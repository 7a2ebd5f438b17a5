/**
 * The engine ({@link dev.tandem.engine.Engine}) as evaluation algorithms: its up-sell and its
 * cart cross-sell under each objective, and the up-sell baselines it is measured against (the
 * most popular pricier item of the type, the nearest higher price in the type).
 */
package dev.tandem.evaluation.engine;
