package id.go.bekasikota.koperasi.platform.paging;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Page parameters of every list operation: {@code ?page=1&size=20}; both are bounded, so that the
 * offset always fits ({@code page} up to {@value #MAX_PAGE}, {@code size} up to {@value #MAX_SIZE}).
 * Use as {@code @BeanParam @Valid PageRequest paging}. The parameters are read as text and checked
 * here: a value that is not a whole number, or out of range ({@code page=2147483647},
 * {@code page=99999999999999999999}), is a 400 naming the parameter, never a conversion failure of
 * the framework (which would answer 404) or an overflow in the query (500).
 */
public class PageRequest {

    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 1_000_000;

    @QueryParam("page")
    @DefaultValue("1")
    @Pattern(regexp = "[1-9][0-9]{0,5}|1000000", message = "{koperasi.paging.page}")
    @Parameter(description = "Page number, from 1 to " + MAX_PAGE,
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000000", defaultValue = "1"))
    String page = "1";

    @QueryParam("size")
    @DefaultValue("20")
    @Pattern(regexp = "[1-9]|[1-9][0-9]|100", message = "{koperasi.paging.size}")
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
