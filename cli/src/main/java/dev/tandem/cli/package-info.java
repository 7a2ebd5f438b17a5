/**
 * The {@code tandem} command line: {@code demo}, {@code import}, {@code stats} and, as the product
 * grows, training, evaluation and serving. Each subcommand is one small class; {@link
 * dev.tandem.cli.Tandem} wires them.
 */
package dev.tandem.cli;
