/**
 * Up-sell: a pricier version of an item, of the same product type, within a price band (configured,
 * the type's own price spread, or learned from observed trade-ups: {@link
 * dev.tandem.engine.upsell.TradeUps}, {@link dev.tandem.engine.upsell.UpsellBands}), at least as well
 * received, ranked by the chance the shopper takes it (its recent share of the type, {@link
 * dev.tandem.engine.upsell.RecentShare}, or the pair's exclusive orders, {@link
 * dev.tandem.engine.upsell.Acceptance}, times how far trade-ups go; or, with {@code
 * upsell.acceptance=propensity}, the purchase-propensity model's {@link
 * dev.tandem.propensity.AcceptanceModel#pAccept}) times what it adds (price or
 * margin difference), or by the chance alone, then fitted to a known shopper's price level in the
 * type. See {@link dev.tandem.engine.upsell.UpgradeSource} for the estimate and {@link
 * dev.tandem.engine.upsell.ShopperPriceFit} for the fit.
 */
package dev.tandem.engine.upsell;
