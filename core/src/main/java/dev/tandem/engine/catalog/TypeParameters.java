package dev.tandem.engine.catalog;

/**
 * How product types are derived from titles. The defaults were tuned on Online Retail titles.
 *
 * @param minVariantSlots a word that fills at least this many title slots also filled by another
 *     word ("LUNCH BAG _ RETROSPOT": RED, PINK) is a variant word (colour, pattern, size) at first
 * @param minVariantShare ... and fills such slots in at least this share of the titles it is in
 * @param minSharedHeads a word seen with at least this many different head nouns is a modifier
 * @param maxHeadShare ... unless it is itself the head noun of more than this share of its titles
 * @param rounds rounds of re-deriving head nouns and modifiers from each other
 * @param minLeftNeighbours a head noun follows at least this many different words
 * @param minPhraseItems a word joins the head noun's phrase only if the phrase names this many
 *     items
 * @param boundShare a modifier joins the phrase anyway when this share of its titles hold the
 *     phrase ("LUNCH" in "LUNCH BAG")
 * @param maxPhraseWords longest type name, in words
 * @param minTypeItems types naming fewer items are merged into {@link ProductTypes#OTHER}
 */
public record TypeParameters(
    int minVariantSlots,
    double minVariantShare,
    int minSharedHeads,
    double maxHeadShare,
    int rounds,
    int minLeftNeighbours,
    int minPhraseItems,
    double boundShare,
    int maxPhraseWords,
    int minTypeItems) {

  public static TypeParameters defaults() {
    return new TypeParameters(5, 0.1, 10, 0.25, 3, 3, 4, 0.5, 3, 3);
  }
}
