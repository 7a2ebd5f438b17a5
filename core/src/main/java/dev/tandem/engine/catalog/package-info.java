/**
 * Product types: the catalog's own categories when it has them, otherwise types derived from item
 * titles ({@code "LUNCH BAG RED RETROSPOT"} is a {@code "LUNCH BAG"}). See {@link
 * dev.tandem.engine.catalog.ProductTypes}.
 */
package dev.tandem.engine.catalog;
