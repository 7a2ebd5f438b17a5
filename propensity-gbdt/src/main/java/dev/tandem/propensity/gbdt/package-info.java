/**
 * Gradient-boosted trees for propensity through LightGBM (LightGBM4j, natives bundled), behind
 * core's {@link dev.tandem.propensity.PropensityTrainer}: kept in a module of its own because it
 * loads native code, so the core and the serving path never link it unless asked.
 */
package dev.tandem.propensity.gbdt;
