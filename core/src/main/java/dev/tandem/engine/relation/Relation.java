package dev.tandem.engine.relation;

/**
 * The judgement on a pair of items, with its evidence.
 *
 * @param a the first item
 * @param b the second item
 * @param kind complement, substitute or unrelated
 * @param ordersA orders holding {@code a}
 * @param ordersB orders holding {@code b}
 * @param together orders holding both
 * @param expected orders expected to hold both by chance
 * @param lift {@code together / expected}, NaN when either never sold
 * @param sameKind whether the two are the same kind of product (type or similar title)
 * @param sentence the judgement and its evidence in one sentence
 */
public record Relation(
    int a, int b, RelationKind kind, int ordersA, int ordersB, int together, double expected,
    double lift, boolean sameKind, String sentence) {}
