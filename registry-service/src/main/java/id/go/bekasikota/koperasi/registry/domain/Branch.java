package id.go.bekasikota.koperasi.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** A branch office (kantor cabang) of a cooperative. */
@Embeddable
public class Branch {

    public String name;
    public String address;
    @Column(name = "kecamatan_code")
    public String kecamatanCode;

    public Branch() {
    }

    public Branch(CooperativeData.BranchOffice office) {
        this.name = office.name();
        this.address = office.address();
        this.kecamatanCode = office.kecamatanCode();
    }

    public CooperativeData.BranchOffice office() {
        return new CooperativeData.BranchOffice(name, address, kecamatanCode);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Branch other && Objects.equals(name, other.name) && Objects.equals(address, other.address)
                && Objects.equals(kecamatanCode, other.kecamatanCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, address, kecamatanCode);
    }
}
