package id.go.bekasikota.koperasi.registry.domain;

import java.util.Arrays;
import java.util.Optional;

/** The twelve kecamatan of Kota Bekasi with their Kemendagri codes. */
public enum Kecamatan {
    BEKASI_TIMUR("327501", "Bekasi Timur"),
    BEKASI_BARAT("327502", "Bekasi Barat"),
    BEKASI_UTARA("327503", "Bekasi Utara"),
    BEKASI_SELATAN("327504", "Bekasi Selatan"),
    RAWALUMBU("327505", "Rawalumbu"),
    MEDANSATRIA("327506", "Medansatria"),
    BANTARGEBANG("327507", "Bantargebang"),
    PONDOKGEDE("327508", "Pondokgede"),
    JATIASIH("327509", "Jatiasih"),
    JATISAMPURNA("327510", "Jatisampurna"),
    MUSTIKAJAYA("327511", "Mustikajaya"),
    PONDOKMELATI("327512", "Pondokmelati");

    private final String code;
    private final String displayName;

    Kecamatan(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<Kecamatan> byCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
