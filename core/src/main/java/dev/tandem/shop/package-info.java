/**
 * The shop's world as Tandem sees it: {@link dev.tandem.shop.Item items} of the catalog, {@link
 * dev.tandem.shop.User users} (shoppers), and {@link dev.tandem.shop.Event events} of what they did
 * (viewed, carted, bought, returned, rated). Values are immutable records validated on construction;
 * the importer and the HTTP API build them, the store keeps them, the snapshot reads them back.
 */
package dev.tandem.shop;
