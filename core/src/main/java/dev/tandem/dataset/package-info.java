/**
 * The training snapshot: the store read once into compact, immutable arrays (interned int ids, CSR
 * matrices of user×item and basket×item, item attribute columns) that every trainer consumes. No
 * boxed collections on the hot paths.
 */
package dev.tandem.dataset;
