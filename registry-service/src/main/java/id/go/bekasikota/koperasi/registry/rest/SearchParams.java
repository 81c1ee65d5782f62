package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.contracts.registry.ActivityStatus;
import id.go.bekasikota.koperasi.contracts.registry.Jenis;
import id.go.bekasikota.koperasi.contracts.registry.RatGrade;
import id.go.bekasikota.koperasi.platform.http.Params;
import id.go.bekasikota.koperasi.platform.i18n.Text;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.problem.InvalidField;
import id.go.bekasikota.koperasi.platform.problem.ProblemException;
import id.go.bekasikota.koperasi.platform.text.TrustedText;
import id.go.bekasikota.koperasi.registry.domain.Kelompok;
import id.go.bekasikota.koperasi.registry.repository.CooperativeSearchQuery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads the registry's query parameters: a bad value is a 400 naming the parameter. */
final class SearchParams {

    /** The kecamatan of Kota Bekasi (3275 and 01 to 12). */
    private static final Pattern KECAMATAN_CODE = Pattern.compile("3275(0[1-9]|1[0-2])");
    private static final Pattern COOPERATIVE_NUMBER = Pattern.compile("\\d{1,20}");
    private static final Pattern KBLI_CODE = Pattern.compile("\\d{5}");

    private SearchParams() {
    }

    /** A date between 1900 and 9999 (the register's range), default {@code today}. */
    static LocalDate asOf(String value, LocalDate today) {
        return date("asOf", value, today);
    }

    static LocalDate date(String name, String value, LocalDate fallback) {
        LocalDate date = Params.date(name, value, fallback);
        if (date.getYear() < 1900 || date.getYear() > 9999) {
            throw ProblemException.invalid(name, Text.of("registry.param.date-range"));
        }
        return date;
    }

    static String kecamatanCode(String name, String value) {
        String code = text(value);
        if (code != null && !KECAMATAN_CODE.matcher(code).matches()) {
            throw ProblemException.invalid(name, Text.of("registry.param.kecamatan"));
        }
        return code;
    }

    static CooperativeSearchQuery query(PageRequest paging, String name, String cooperativeNumber, String kecamatanCode, String jenis,
                                        String kelompok, String kbliCode, String status, String grade,
                                        String assetsMin, String assetsMax, String sort, String direction) {
        // The page's parameters at fault too, in the same 400 (the bean is taken without @Valid).
        List<InvalidField> errors = new ArrayList<>(paging.faults());
        String number = text(cooperativeNumber);
        if (number != null && !COOPERATIVE_NUMBER.matcher(number).matches()) {
            errors.add(InvalidField.of("cooperativeNumber", "registry.param.digits"));
        }
        String kbli = text(kbliCode);
        if (kbli != null && !KBLI_CODE.matcher(kbli).matches()) {
            errors.add(InvalidField.of("kbliCode", "registry.param.kbli"));
        }
        String nameText = text(TrustedText.normalise(name));
        if (nameText != null && nameText.length() > 200) {
            errors.add(InvalidField.of("name", "registry.param.name-length"));
        }
        Long min = collect(errors, () -> Params.wholeNumber("assetsMin", assetsMin));
        Long max = collect(errors, () -> Params.wholeNumber("assetsMax", assetsMax));
        if (min != null && max != null && min > max) {
            errors.add(InvalidField.of("assetsMin", "registry.param.assets-range"));
        }
        CooperativeSearchQuery.Sort sortField = null;
        // Any case, as every other value of a query (status=active, direction=DESC): sort=NAME is name.
        String sortText = text(sort);
        if (sortText == null || sortText.equalsIgnoreCase("name")) {
            sortField = CooperativeSearchQuery.Sort.NAME;
        } else if (sortText.equalsIgnoreCase("foundedOn")) {
            sortField = CooperativeSearchQuery.Sort.FOUNDED_ON;
        } else if (sortText.equalsIgnoreCase("assets")) {
            sortField = CooperativeSearchQuery.Sort.ASSETS;
        } else {
            errors.add(InvalidField.of("sort", "registry.param.sort"));
        }
        String directionText = text(direction) == null ? "asc" : text(direction).toLowerCase(Locale.ROOT);
        if (!directionText.equals("asc") && !directionText.equals("desc")) {
            errors.add(InvalidField.of("direction", "registry.param.direction"));
        }
        String kecamatan = collect(errors, () -> kecamatanCode("kecamatanCode", kecamatanCode));
        Jenis jenisValue = collect(errors, () -> Params.enumValue("jenis", jenis, Jenis.class));
        Kelompok kelompokValue = collect(errors, () -> Params.enumValue("kelompok", kelompok, Kelompok.class));
        ActivityStatus statusValue = collect(errors, () -> Params.enumValue("status", status, ActivityStatus.class));
        RatGrade gradeValue = collect(errors, () -> Params.enumValue("grade", grade, RatGrade.class));
        if (!errors.isEmpty()) {
            throw ProblemException.invalidFields(errors);
        }
        return new CooperativeSearchQuery(nameText, number, kecamatan, jenisValue, kelompokValue, kbli, statusValue, gradeValue,
                min, max, sortField, directionText.equals("desc"));
    }

    private static <T> T collect(List<InvalidField> errors, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (ProblemException e) {
            errors.addAll(e.invalidFields());
            return null;
        }
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
