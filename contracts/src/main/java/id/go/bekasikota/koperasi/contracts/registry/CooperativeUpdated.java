package id.go.bekasikota.koperasi.contracts.registry;

import java.util.List;

/** Registered data of a cooperative changed; {@code changedFields} names the API fields that did. */
public record CooperativeUpdated(CooperativeSnapshot cooperative, List<String> changedFields) {
}
