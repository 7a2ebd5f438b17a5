/**
 * The fixed benchmark protocols of {@code shared/benchmarks/PROTOCOLS.md}, read from the raw files
 * (not the store) so that every implementation gets the same queries and ground truth.
 *
 * <p>Each protocol builds a {@link dev.tandem.evaluation.protocol.Benchmark}: a training {@link
 * dev.tandem.dataset.Snapshot}, the {@link dev.tandem.evaluation.protocol.TestCase test cases}
 * (query, relevant items, their revenue) and the cleaning counts the protocol document states, so a
 * test can assert them exactly. {@link dev.tandem.evaluation.protocol.Protocol} names them for the
 * command line; {@link dev.tandem.evaluation.protocol.DataFiles} finds the files.
 */
package dev.tandem.evaluation.protocol;
