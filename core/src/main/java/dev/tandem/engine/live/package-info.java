/**
 * Live updates without retraining: what the shop sends after a model was trained, kept beside the
 * immutable model and consulted by the serving path. {@link dev.tandem.engine.live.LiveEvents}
 * takes every committed event batch: purchase lines go to an append-only {@link
 * dev.tandem.engine.live.PurchaseLog}, shoppers' purchases to {@link
 * dev.tandem.engine.live.LiveShoppers}. Each serving model owns a {@link
 * dev.tandem.engine.live.LiveCooccurrence}, brought up to date from the log before it answers:
 * the orders and pairs its snapshot lacks, counted with set semantics (a line the snapshot's order
 * already holds counts nothing), so a model swapped in after a retrain re-applies exactly the lines
 * its snapshot missed: nothing twice, nothing lost.
 */
package dev.tandem.engine.live;
