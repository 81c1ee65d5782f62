package id.go.bekasikota.koperasi.stack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.MemberToRemove;
import org.apache.kafka.clients.admin.RemoveMembersFromConsumerGroupOptions;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** The Kafka the suite runs on: a single broker ({@link KafkaBroker}) or a cluster ({@link KafkaCluster}). */
public interface KafkaServers extends AutoCloseable {

    /** What clients name in {@code bootstrap.servers}. */
    String bootstrapServers();

    /** Removes the static member {@code instanceId} from every consumer group that has it (a replica gone for good). */
    default void removeStaticMember(String instanceId) {
        try (Admin admin = KafkaBroker.admin(bootstrapServers())) {
            List<String> groups = admin.listGroups().all().get(10, TimeUnit.SECONDS).stream().map(GroupListing::groupId).toList();
            for (ConsumerGroupDescription group : admin.describeConsumerGroups(groups).all().get(10, TimeUnit.SECONDS).values()) {
                if (group.members().stream().anyMatch(member -> member.groupInstanceId().filter(instanceId::equals).isPresent())) {
                    admin.removeMembersFromConsumerGroup(group.groupId(), new RemoveMembersFromConsumerGroupOptions(
                            List.of(new MemberToRemove(instanceId)))).all().get(10, TimeUnit.SECONDS);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot remove " + instanceId + " from its consumer groups", e);
        }
    }

    /** Stops every broker and removes its data. */
    @Override
    void close();
}
