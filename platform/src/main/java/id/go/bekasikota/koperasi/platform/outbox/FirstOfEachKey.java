package id.go.bekasikota.koperasi.platform.outbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which outbox rows one relay batch carries: of the unpublished rows read in sequence order, the
 * first of each record key (topic and key: one partition's order), up to the batch's size.
 *
 * <p>The relay sends a batch and waits until Kafka acknowledged all of it before it sends the
 * next, so a key's next record leaves only after the one before it is on the topic. Two records of
 * one key in one batch could land in two producer batches: when the leader of their partition is
 * cut off, the first can expire while the second, sent again by the producer under a new epoch,
 * is written; the relay then publishes the first again, after the second (a cooperative's events
 * on the topic as versions 2, 2, 0, 1: {@code KafkaClusterIT}'s broker cut off from the others, twice
 * on 2026-12-03). One record per key per batch rules that out; a key with several waiting records takes
 * one batch for each.
 */
final class FirstOfEachKey {

    /**
     * @param chosen the rows to send, in sequence order
     * @param left   rows were passed over (a key already in the batch, or the batch full): the relay
     *               goes round again at once instead of waiting for its next wake-up
     */
    record Batch<T>(List<T> chosen, boolean left) {
    }

    private FirstOfEachKey() {
    }

    /**
     * @param inCommitOrder the oldest unpublished rows, in sequence order
     * @param everyRowRead  whether {@code inCommitOrder} holds every unpublished row (the read was not cut
     *                      at its limit)
     */
    static <T> Batch<T> of(List<T> inCommitOrder, boolean everyRowRead, Function<T, ?> key, int size) {
        List<T> chosen = new ArrayList<>(Math.min(size, inCommitOrder.size()));
        Set<Object> keys = new HashSet<>();
        boolean passedOver = !everyRowRead;
        for (T row : inCommitOrder) {
            if (chosen.size() == size) {
                passedOver = true;
                break;
            }
            if (keys.add(key.apply(row))) {
                chosen.add(row);
            } else {
                passedOver = true;
            }
        }
        return new Batch<>(chosen, passedOver);
    }
}
