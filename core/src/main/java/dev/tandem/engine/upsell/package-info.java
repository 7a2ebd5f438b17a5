/**
 * Up-sell: a pricier version of an item, of the same product type, within a price band (configured,
 * or learned from observed trade-ups: {@link dev.tandem.engine.upsell.TradeUps}, {@link
 * dev.tandem.engine.upsell.UpsellBands}), at least
 * as well received, ranked by the chance the shopper takes it times what it adds (price or margin
 * difference), or by the chance alone, then fitted to a known shopper's price level in the type.
 * See {@link dev.tandem.engine.upsell.UpgradeSource} for the estimate and {@link
 * dev.tandem.engine.upsell.ShopperPriceFit} for the fit.
 */
package dev.tandem.engine.upsell;
