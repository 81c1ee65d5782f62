package id.go.bekasikota.koperasi.registry.event;

import id.go.bekasikota.koperasi.contracts.Topics;
import id.go.bekasikota.koperasi.platform.jobs.ScheduledWork;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Makes sure {@code registry.cooperative-snapshot.v1} is compacted: creates it so when it is
 * missing, or sets {@code cleanup.policy=compact} when it was created otherwise (auto-created by
 * a first write, or by a tool). Compaction is what keeps the latest snapshot of every
 * cooperative readable for ever. Checked a second after start, off the start-up path (Kafka
 * may be away: the outbox keeps writes going), and again every minute until it has been.
 */
@ApplicationScoped
public class SnapshotTopic {

    private static final Logger LOG = Logger.getLogger(SnapshotTopic.class);

    private final String bootstrapServers;
    private final AtomicBoolean checked = new AtomicBoolean();
    private final ScheduledWork scheduled;

    public SnapshotTopic(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, ScheduledWork scheduled) {
        this.scheduled = scheduled;
        this.bootstrapServers = bootstrapServers;
    }

    /** Right after start (off the start-up path), then every minute until done. */
    @Scheduled(every = "1m", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "snapshot-topic-check")
    void check() {
        scheduled.run("snapshot-topic-check", () -> {
            if (!checked.get()) {
                ensureCompacted();
            }
        });
    }

    /** True once the topic is known to be compacted. */
    public boolean ensureCompacted() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000))) {
            String topic = Topics.REGISTRY_COOPERATIVE_SNAPSHOT;
            try {
                admin.createTopics(List.of(new NewTopic(topic, Optional.of(Topics.PARTITIONS), Optional.empty())
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
                        .all().get(10, TimeUnit.SECONDS);
                LOG.infof("Created the compacted topic %s", topic);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
                String policy = admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS)
                        .get(resource).get(TopicConfig.CLEANUP_POLICY_CONFIG).value();
                if (!TopicConfig.CLEANUP_POLICY_COMPACT.equals(policy)) {
                    admin.incrementalAlterConfigs(Map.of(resource, List.of(new AlterConfigOp(
                            new ConfigEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT),
                            AlterConfigOp.OpType.SET)))).all().get(10, TimeUnit.SECONDS);
                    LOG.infof("Set cleanup.policy=compact on %s (it was %s)", topic, policy);
                }
            }
            checked.set(true);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            LOG.warnf("Cannot check that %s is compacted yet (%s); trying again in a minute",
                    Topics.REGISTRY_COOPERATIVE_SNAPSHOT, e.getMessage());
            return false;
        }
    }
}
