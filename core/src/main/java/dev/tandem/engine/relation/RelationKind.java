package dev.tandem.engine.relation;

/** How two products relate in shoppers' behaviour. */
public enum RelationKind {
  /** Bought together well above chance: offer one with the other. */
  COMPLEMENT,
  /** The same kind of product, rarely in one order though each sells: one instead of the other. */
  SUBSTITUTE,
  /** Neither, or too little data to say. */
  UNRELATED
}
