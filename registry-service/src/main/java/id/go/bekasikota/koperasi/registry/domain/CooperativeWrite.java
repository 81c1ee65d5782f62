package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.platform.security.Actor;

import java.util.List;
import java.util.UUID;

/**
 * A write of a cooperative for its history ({@link CooperativeHistoryEntry}): the cooperative as written (its version is
 * read once the write is flushed), what the write did, the fields it changed, who, and the import it was a row of.
 *
 * @param importId null unless a row of an import
 */
public record CooperativeWrite(Cooperative cooperative, CooperativeHistoryEntry.Action action, List<String> changedFields, Actor actor,
                               UUID importId) {

    public CooperativeWrite {
        changedFields = List.copyOf(changedFields);
    }

    public static CooperativeWrite registered(Cooperative cooperative, Actor actor, UUID importId) {
        return new CooperativeWrite(cooperative, CooperativeHistoryEntry.Action.REGISTERED, List.of(), actor, importId);
    }

    public static CooperativeWrite updated(Cooperative cooperative, List<String> changedFields, Actor actor, UUID importId) {
        return new CooperativeWrite(cooperative, CooperativeHistoryEntry.Action.UPDATED, changedFields, actor, importId);
    }

    public static CooperativeWrite dissolved(Cooperative cooperative, Actor actor) {
        return new CooperativeWrite(cooperative, CooperativeHistoryEntry.Action.DISSOLVED, List.of(), actor, null);
    }
}
