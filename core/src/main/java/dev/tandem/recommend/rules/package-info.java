/**
 * Association rules as a {@link dev.tandem.recommend.Recommender}, so they can be evaluated and
 * served beside the other models: {@link dev.tandem.recommend.rules.RulesTrainer} mines the
 * snapshot's orders with FP-Growth; {@link dev.tandem.recommend.rules.RuleRecommender} answers a
 * cart with {@link dev.tandem.rules.RuleIndex#forCart} and fills the rest of the list with the most
 * popular items.
 */
package dev.tandem.recommend.rules;
