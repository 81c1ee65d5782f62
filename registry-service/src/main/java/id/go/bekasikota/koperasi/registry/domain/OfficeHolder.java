package id.go.bekasikota.koperasi.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/**
 * A member of the board (pengurus) or a supervisor (pengawas). Personal data: shown to the
 * office and the cooperative itself only, never published in events.
 */
@Embeddable
public class OfficeHolder {

    public String name;
    public String position;
    /** Nomor Induk Kependudukan: the person's 16-digit national identity number. */
    @Column(name = "personal_nik")
    public String personalNik;
    public String phone;

    public OfficeHolder() {
    }

    public OfficeHolder(CooperativeData.Person person) {
        this.name = person.name();
        this.position = person.position();
        this.personalNik = person.personalNik();
        this.phone = person.phone();
    }

    public CooperativeData.Person person() {
        return new CooperativeData.Person(name, position, personalNik, phone);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OfficeHolder other && Objects.equals(name, other.name) && Objects.equals(position, other.position)
                && Objects.equals(personalNik, other.personalNik) && Objects.equals(phone, other.phone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, position, personalNik, phone);
    }
}
