package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.registry.Jenis;

/** Part of the register: one kecamatan, jenis and/or kelompok; a null field does not narrow. */
public record RegisterScope(String kecamatanCode, Jenis jenis, Kelompok kelompok) {

    public static final RegisterScope WHOLE = new RegisterScope(null, null, null);
}
