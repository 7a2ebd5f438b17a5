/**
 * The shop's business rules, read from one configuration file ({@code tandem.properties}, see
 * {@code docs/business-rules.md}) with defaults built in: {@link
 * dev.tandem.engine.businessrules.BusinessRules}; the facts some rules need that the snapshot does
 * not hold (stock, unit cost): {@link dev.tandem.engine.businessrules.CatalogFacts}.
 */
package dev.tandem.engine.businessrules;
