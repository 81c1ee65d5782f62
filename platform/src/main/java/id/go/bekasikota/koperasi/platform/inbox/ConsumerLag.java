package id.go.bekasikota.koperasi.platform.inbox;

import org.apache.kafka.common.TopicPartition;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How many records a consumer has yet to process in the partitions it holds in this instance.
 *
 * <p>Per partition: the end offset minus the next offset to process. The next offset is the one
 * after the last record processed here or, when higher (before any record here, e.g. just after a
 * restart), the group's committed offset; a partition with neither starts at the log start offset
 * ({@code auto.offset.reset=earliest}). The committed offset alone would overstate the lag by
 * what was processed since the last commit (commits are throttled, once a second).
 *
 * @param partitions the partitions held
 * @param records    the records between the next offsets and the ends, summed
 */
record ConsumerLag(int partitions, long records) {

    /** The partitions held whose next offset comes from neither a processed record nor a commit. */
    static Set<TopicPartition> withoutPosition(Set<TopicPartition> held, Map<TopicPartition, Long> processedNext,
                                               Map<TopicPartition, Long> committed) {
        return held.stream()
                .filter(partition -> !processedNext.containsKey(partition) && !committed.containsKey(partition))
                .collect(Collectors.toSet());
    }

    /**
     * @param processedNext per partition, the offset after the last record processed here
     * @param committed     the group's committed offsets
     * @param logStart      the first offset of each partition in {@link #withoutPosition}
     * @param end           the end offset (the next offset to be written) of each partition held
     * @throws IllegalArgumentException when an offset needed is missing
     */
    static ConsumerLag of(Set<TopicPartition> held, Map<TopicPartition, Long> processedNext, Map<TopicPartition, Long> committed,
                          Map<TopicPartition, Long> logStart, Map<TopicPartition, Long> end) {
        long records = 0;
        for (TopicPartition partition : held) {
            Long endOffset = end.get(partition);
            if (endOffset == null) {
                throw new IllegalArgumentException("no end offset for " + partition);
            }
            long next = Math.max(processedNext.getOrDefault(partition, -1L), committed.getOrDefault(partition, -1L));
            if (next < 0) {
                Long start = logStart.get(partition);
                if (start == null) {
                    throw new IllegalArgumentException("no position for " + partition);
                }
                next = start;
            }
            records += Math.max(0, endOffset - next);
        }
        return new ConsumerLag(held.size(), records);
    }

    /**
     * The partitions of the topics the group has committed on: the ones its lag is read over for an instance
     * that holds none ({@link #ofGroup}).
     */
    static Set<TopicPartition> committedOn(Set<String> topics, Map<TopicPartition, Long> committed) {
        return committed.keySet().stream().filter(partition -> topics.contains(partition.topic())).collect(Collectors.toSet());
    }

    /**
     * What the group has yet to process, read from its commits, for an instance that holds no partition: the others
     * hold them (the projections are shared: they are current when the group is), or this one is about to (the first
     * round of a cooperative rebalance assigns nothing: counted as 0, a restarted replica was ready before it held the
     * backlog, and then stayed ready). A group that never committed has nothing to count yet: 0.
     *
     * @param committed the group's committed offsets, of {@link #committedOn} the topics
     * @param end       the end offset of each of those partitions
     */
    static ConsumerLag ofGroup(Set<TopicPartition> committedOn, Map<TopicPartition, Long> committed, Map<TopicPartition, Long> end) {
        long records = 0;
        for (TopicPartition partition : committedOn) {
            Long endOffset = end.get(partition);
            if (endOffset == null) {
                throw new IllegalArgumentException("no end offset for " + partition);
            }
            records += Math.max(0, endOffset - committed.get(partition));
        }
        return new ConsumerLag(0, records);
    }
}
