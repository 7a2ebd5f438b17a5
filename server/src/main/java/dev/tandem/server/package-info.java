/**
 * The HTTP JSON API. {@link dev.tandem.server.TandemServer} wires one small class per group of
 * endpoints onto Javalin: recommendations ({@link dev.tandem.server.CrossSellEndpoints}), data
 * ({@link dev.tandem.server.EventsEndpoint}, {@link dev.tandem.server.CatalogEndpoints}) and
 * operations ({@link dev.tandem.server.OperationsEndpoints}). Requests are authorised by API keys
 * with roles ({@link dev.tandem.server.ApiKeys}); every error is an RFC 9457 problem document
 * ({@link dev.tandem.server.Problem}). Recommendations come from the current {@link
 * dev.tandem.server.ServingModel}, which {@link dev.tandem.server.Models} retrains in the background
 * and swaps atomically: a request keeps the model it started with.
 */
package dev.tandem.server;
