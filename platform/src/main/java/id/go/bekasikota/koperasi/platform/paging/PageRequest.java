package id.go.bekasikota.koperasi.platform.paging;

import id.go.bekasikota.koperasi.platform.problem.InvalidField;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.ArrayList;
import java.util.List;

/**
 * Page parameters of every list operation: {@code ?page=1&size=20}; both are bounded, so that the
 * offset always fits ({@code page} up to {@value #MAX_PAGE}, {@code size} up to {@value #MAX_SIZE}).
 * Use as {@code @BeanParam @Valid PageRequest paging}, or without {@code @Valid} read with the list's other parameters
 * ({@code ParamFaults#read(PageRequest)}). The parameters are read as text and checked
 * here: a value that is not a whole number, or out of range ({@code page=2147483647},
 * {@code page=99999999999999999999}), is a 400 naming the parameter, never a conversion failure of
 * the framework (which would answer 404) or an overflow in the query (500).
 */
public class PageRequest {

    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 1_000_000;
    private static final String PAGE_PATTERN = "[1-9][0-9]{0,5}|1000000";
    private static final String SIZE_PATTERN = "[1-9]|[1-9][0-9]|100";
    private static final java.util.regex.Pattern PAGE = java.util.regex.Pattern.compile(PAGE_PATTERN);
    private static final java.util.regex.Pattern SIZE = java.util.regex.Pattern.compile(SIZE_PATTERN);

    @QueryParam("page")
    @DefaultValue("1")
    @Pattern(regexp = PAGE_PATTERN, message = "{koperasi.paging.page}")
    @Parameter(description = "Page number, from 1 to " + MAX_PAGE,
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000000", defaultValue = "1"))
    String page = "1";

    @QueryParam("size")
    @DefaultValue("20")
    @Pattern(regexp = SIZE_PATTERN, message = "{koperasi.paging.size}")
    @Parameter(description = "Items per page, 1 to " + MAX_SIZE,
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    String size = "20";

    public PageRequest() {
    }

    public PageRequest(int page, int size) {
        if (page < 1 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page 1.." + MAX_PAGE + " and size 1.." + MAX_SIZE + ", not " + page + " and " + size);
        }
        this.page = String.valueOf(page);
        this.size = String.valueOf(size);
    }

    /**
     * The parameters at fault, each named: for a list that reads every parameter together ({@code ParamFaults#read(PageRequest)},
     * the bean taken without {@code @Valid}), so that a wrong {@code size} does not hide a wrong filter beside it.
     */
    public List<InvalidField> faults() {
        List<InvalidField> faults = new ArrayList<>();
        if (page == null || !PAGE.matcher(page).matches()) {
            faults.add(InvalidField.of("page", "koperasi.paging.page"));
        }
        if (size == null || !SIZE.matcher(size).matches()) {
            faults.add(InvalidField.of("size", "koperasi.paging.size"));
        }
        return faults;
    }

    public int page() {
        return Integer.parseInt(page.trim());
    }

    public int size() {
        return Integer.parseInt(size.trim());
    }

    public int offset() {
        return Math.toIntExact(((long) page() - 1) * size());
    }
}
