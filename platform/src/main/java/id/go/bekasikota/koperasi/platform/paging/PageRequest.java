package id.go.bekasikota.koperasi.platform.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Page parameters of every list operation: {@code ?page=1&size=20}; size is bounded.
 * Use as {@code @BeanParam @Valid PageRequest paging}.
 */
public class PageRequest {

    public static final int MAX_SIZE = 100;

    @QueryParam("page")
    @DefaultValue("1")
    @Min(value = 1, message = "must be 1 or more")
    @Parameter(description = "Page number, from 1")
    int page = 1;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "must be 1 or more")
    @Max(value = MAX_SIZE, message = "must be " + MAX_SIZE + " or less")
    @Parameter(description = "Items per page, 1 to " + MAX_SIZE)
    int size = 20;

    public PageRequest() {
    }

    public PageRequest(int page, int size) {
        this.page = page;
        this.size = size;
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    public int offset() {
        return (page - 1) * size;
    }
}
