package id.go.bekasikota.koperasi.registry.domain;

import id.go.bekasikota.koperasi.contracts.registry.Jenis;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The registered data of a cooperative, as an officer enters it (registration, full update, a
 * merge patch applied, an import row): what {@link Cooperative#register} and
 * {@link Cooperative#change} take. Text arrives normalised (NFC, trimmed, blank as null).
 */
public record CooperativeData(String cooperativeNumber, String name, String legalEntityNumber, LocalDate legalEntityDate,
                              Jenis jenis, Bentuk bentuk, Kelompok kelompok, String kbliCode, String kbliEdition,
                              SavingsLoanScope savingsLoanScope, String address, String kecamatanCode, String kelurahan,
                              LocalDate foundedOn, String phone, String email, List<Person> board, List<Person> supervisors,
                              List<BranchOffice> branches) {

    /** A member of the board (pengurus) or a supervisor (pengawas): personal data. */
    public record Person(String name, String position, String personalNik, String phone) {
    }

    /** A branch office (kantor cabang). */
    public record BranchOffice(String name, String address, String kecamatanCode) {
    }

    /** Each field by its name, in the order of the API body: the names {@code changedFields} of {@code updated} events carry. */
    private static final Map<String, Function<CooperativeData, Object>> FIELDS = fields();

    public CooperativeData {
        board = board == null ? List.of() : List.copyOf(board);
        supervisors = supervisors == null ? List.of() : List.copyOf(supervisors);
        branches = branches == null ? List.of() : List.copyOf(branches);
    }

    /** The names of the fields, in the order of the API body. */
    public static List<String> fieldNames() {
        return List.copyOf(FIELDS.keySet());
    }

    /** The fields whose values differ from {@code before}'s, in the order of the API body. */
    public List<String> changedFrom(CooperativeData before) {
        return FIELDS.entrySet().stream()
                .filter(field -> !Objects.equals(field.getValue().apply(before), field.getValue().apply(this)))
                .map(Map.Entry::getKey).toList();
    }

    private static Map<String, Function<CooperativeData, Object>> fields() {
        Map<String, Function<CooperativeData, Object>> fields = new LinkedHashMap<>();
        fields.put("cooperativeNumber", CooperativeData::cooperativeNumber);
        fields.put("name", CooperativeData::name);
        fields.put("legalEntityNumber", CooperativeData::legalEntityNumber);
        fields.put("legalEntityDate", CooperativeData::legalEntityDate);
        fields.put("jenis", CooperativeData::jenis);
        fields.put("bentuk", CooperativeData::bentuk);
        fields.put("kelompok", CooperativeData::kelompok);
        fields.put("kbliCode", CooperativeData::kbliCode);
        fields.put("kbliEdition", CooperativeData::kbliEdition);
        fields.put("savingsLoanScope", CooperativeData::savingsLoanScope);
        fields.put("address", CooperativeData::address);
        fields.put("kecamatanCode", CooperativeData::kecamatanCode);
        fields.put("kelurahan", CooperativeData::kelurahan);
        fields.put("foundedOn", CooperativeData::foundedOn);
        fields.put("phone", CooperativeData::phone);
        fields.put("email", CooperativeData::email);
        fields.put("board", CooperativeData::board);
        fields.put("supervisors", CooperativeData::supervisors);
        fields.put("branches", CooperativeData::branches);
        return fields;
    }
}
