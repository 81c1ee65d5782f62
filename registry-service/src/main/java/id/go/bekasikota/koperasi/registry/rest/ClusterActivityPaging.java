package id.go.bekasikota.koperasi.registry.rest;

import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Page parameters of the cluster-activity lists whose items carry a period's lines (a cluster's periods, a
 * period's revisions): {@code size} up to {@value #MAX_SIZE}, not the suite's {@value PageRequest#MAX_SIZE}.
 * One item holds up to 50 purchases, 50 products, 20 sales of 20 markets and a note, some 75,000 characters,
 * held at once as the driver's bytes, the parsed lines, Hibernate's copy of them for dirty checking and the
 * answer's JSON: a page of 100 is some 20 MB or more of the registry's 256 MB heap for one anonymous request,
 * a page of 20 a fifth of it (OWASP API4).
 * Checked as {@link PageRequest} checks its own, as text, so that a bad value is a 400 naming the parameter.
 * Use as {@code @BeanParam @Valid ClusterActivityPaging paging}.
 */
public class ClusterActivityPaging {

    public static final int MAX_SIZE = 20;

    @QueryParam("page")
    @DefaultValue("1")
    @Pattern(regexp = "[1-9][0-9]{0,5}|1000000", message = "{koperasi.paging.page}")
    @Parameter(description = "Page number, from 1 to " + PageRequest.MAX_PAGE,
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000000", defaultValue = "1"))
    String page = "1";

    @QueryParam("size")
    @DefaultValue("20")
    @Pattern(regexp = "[1-9]|1[0-9]|20", message = "{registry.activity.paging.size}")
    @Parameter(description = "Items per page, 1 to " + MAX_SIZE + " (each item carries the period's lines)",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "20", defaultValue = "20"))
    String size = "20";

    /** The same page as the suite's paging takes it (valid once bean validation has passed). */
    public PageRequest request() {
        return new PageRequest(Integer.parseInt(page.trim()), Integer.parseInt(size.trim()));
    }
}
