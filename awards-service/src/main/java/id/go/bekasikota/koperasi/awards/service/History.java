package id.go.bekasikota.koperasi.awards.service;

import id.go.bekasikota.koperasi.awards.domain.HistoryEntry;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/** The trail of programs and nominations, written in the same transaction as the change it records. */
@ApplicationScoped
public class History {

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID programId, UUID nominationId, HistoryEntry.Action action, String actor, String detail) {
        HistoryEntry.of(programId, nominationId, action, actor, detail).persist();
    }

    @Transactional
    public List<HistoryEntry> ofProgram(UUID programId) {
        return HistoryEntry.list("programId", Sort.ascending("sequence"), programId);
    }

    @Transactional
    public List<HistoryEntry> ofNomination(UUID nominationId) {
        return HistoryEntry.list("nominationId", Sort.ascending("sequence"), nominationId);
    }
}
