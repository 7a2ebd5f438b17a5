/**
 * Factor and linear models: {@link dev.tandem.recommend.factors.ImplicitAls} (implicit-feedback
 * matrix factorisation, conjugate-gradient ALS, fold-in of carts at request time) and {@link
 * dev.tandem.recommend.factors.Ease} (EASE^R, a closed-form item-item linear model).
 */
package dev.tandem.recommend.factors;
