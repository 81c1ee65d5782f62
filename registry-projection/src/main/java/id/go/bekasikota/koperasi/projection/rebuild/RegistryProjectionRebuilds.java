package id.go.bekasikota.koperasi.projection.rebuild;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Rebuilds of the projection of the register, as an operator asks for them: one at a time
 * (across instances: a unique index on the unfinished one), audited (who and when, in
 * {@code projection_rebuild} and the log), run in the background by {@link RebuildRun}.
 *
 * <p>Its times are the wall clock, not the office clock: they are compared with Kafka's record
 * times and with each other to find a rebuild cut off by a stopped instance.
 */
@ApplicationScoped
public class RegistryProjectionRebuilds {

    public static final String PROJECTION = "registry";
    private static final Logger LOG = Logger.getLogger(RegistryProjectionRebuilds.class);

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;
    private final RebuildProgress progress;
    private final RebuildRun.Settings settings;
    /** In whole microseconds, as PostgreSQL keeps them: the 202's requestedAt is the one every later read answers. */
    private final Clock clock = Clock.tick(Clock.systemUTC(), java.time.Duration.ofNanos(1_000));
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "registry-projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean stopping;

    public RegistryProjectionRebuilds(AgroalDataSource dataSource, ObjectMapper json, RebuildProgress progress,
                                      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                                      @ConfigProperty(name = "quarkus.application.name") String application,
                                      @ConfigProperty(name = "koperasi.projection-rebuild.live-margin", defaultValue = "PT10M") Duration liveMargin,
                                      @ConfigProperty(name = "koperasi.projection-rebuild.batch-size", defaultValue = "1000") int batchSize,
                                      @ConfigProperty(name = "koperasi.projection-rebuild.silence", defaultValue = "PT2M") Duration silence) {
        this.dataSource = dataSource;
        this.json = json;
        this.progress = progress;
        this.settings = new RebuildRun.Settings(bootstrapServers, application + "-projection-rebuild", liveMargin, batchSize, silence);
    }

    /** Starts a rebuild; 409 while one runs (a rebuild silent for longer than the configured silence is taken as cut off). */
    public ProjectionRebuild request(String actor) {
        ProjectionRebuild started;
        try {
            started = QuarkusTransaction.requiringNew().call(() -> {
                for (ProjectionRebuild running : ProjectionRebuild.<ProjectionRebuild>list("projection = ?1 and finishedAt is null", PROJECTION)) {
                    if (!running.cutOff(clock.instant(), settings.silence())) {
                        throw ProblemException.conflict(Text.of("projection.rebuild.running",
                                running.id, running.requestedBy, running.requestedAt, running.state), running.id);
                    }
                    running.failed("cut off: no progress since " + running.heartbeatAt, clock.instant());
                }
                ProjectionRebuild rebuild = ProjectionRebuild.requested(PROJECTION, actor, clock.instant());
                rebuild.persistAndFlush();
                return rebuild;
            });
        } catch (PersistenceException e) {
            // Another instance started one between the check and the insert.
            throw ProblemException.conflict(Text.of("projection.rebuild.running-other"));
        }
        LOG.infof("Registry projection rebuild %s requested by %s", started.id, actor);
        UUID id = started.id;
        worker.execute(() -> new RebuildRun(id, dataSource, json, settings, progress, () -> stopping, clock).run());
        return started;
    }

    @Transactional
    public Optional<ProjectionRebuild> find(UUID id) {
        return ProjectionRebuild.<ProjectionRebuild>find("id = ?1 and projection = ?2", id, PROJECTION).firstResultOptional();
    }

    @Transactional
    public Page<ProjectionRebuild> list(PageRequest paging) {
        var query = ProjectionRebuild.<ProjectionRebuild>find("projection", Sort.descending("requestedAt").and("id"), PROJECTION);
        return Page.of(query.page(paging.page() - 1, paging.size()).list(), paging, query.count());
    }

    /** Before the pool closes: a running rebuild stops at its next batch and records that it did (nothing changed). */
    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
        worker.shutdown();
        try {
            if (!worker.awaitTermination(15, TimeUnit.SECONDS)) {
                LOG.warn("Registry projection rebuild still busy at shutdown; the next request will find it cut off");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void shutdownWorker() {
        worker.shutdownNow();
    }
}
