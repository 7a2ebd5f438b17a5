/**
 * Neighbourhood models: {@link dev.tandem.recommend.neighbours.ItemKnn} (item-item similarities on
 * co-occurrence, pruned to each item's best neighbours) and {@link
 * dev.tandem.recommend.neighbours.UserKnn} (shoppers like this one, found at request time).
 */
package dev.tandem.recommend.neighbours;
