package dev.tandem.store;

import java.time.Instant;
import java.util.Map;

/**
 * The summary of one import run, kept in the store so {@code tandem stats} can show it later.
 *
 * @param source the imported file(s)
 * @param format the preset or mapping used
 * @param startedAt when the run began
 * @param rowsRead input rows read (every one is either accepted or rejected)
 * @param accepted rows accepted
 * @param rejected rows rejected
 * @param eventsAdded events newly stored (accepted rows already stored are not added again)
 * @param rejectsByReason rejected rows per reason
 * @param rejectsFile where each rejected row is explained, or null
 */
public record ImportRecord(
    String source,
    String format,
    Instant startedAt,
    long rowsRead,
    long accepted,
    long rejected,
    long eventsAdded,
    Map<String, Long> rejectsByReason,
    String rejectsFile) {
  public ImportRecord {
    rejectsByReason = Map.copyOf(rejectsByReason);
  }
}
