package dev.tandem.server;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

/**
 * One model's item cross-sell answers for the default count, as JSON bytes of the offered items,
 * computed on first request and kept with the live overlay's stamp for the item: an answer is
 * reused only while the stamp is unchanged, so a purchase involving the item shows at once. The
 * cache dies with its model (a swap starts a new one). At most one answer per item (about 3 KB
 * each); lock-free.
 */
final class ItemAnswers {
  private record Answer(long stamp, byte[] json) {}

  private final AtomicReferenceArray<Answer> answers;

  ItemAnswers(int itemCount) {
    this.answers = new AtomicReferenceArray<>(itemCount);
  }

  byte[] get(int item, long stamp, Supplier<byte[]> compute) {
    Answer answer = answers.get(item);
    if (answer == null || answer.stamp != stamp) {
      answer = new Answer(stamp, compute.get());
      answers.set(item, answer);
    }
    return answer.json;
  }
}
