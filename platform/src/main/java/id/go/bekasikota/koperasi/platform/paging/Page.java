package id.go.bekasikota.koperasi.platform.paging;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/**
 * The one page shape of every list in the suite.
 *
 * @param items the page's items, in a stable order; never more than the page size ({@link PageRequest#MAX_SIZE} at most)
 * @param page  where this page stands in the whole list
 */
public record Page<T>(@Schema(maxItems = PageRequest.MAX_SIZE, description = "At most `size` items") List<T> items, PageInfo page) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        long totalPages = totalItems == 0 ? 0 : (totalItems + request.size() - 1) / request.size();
        return new Page<>(List.copyOf(items), new PageInfo(request.page(), request.size(), totalItems, totalPages));
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page);
    }

    /** Numbers start at 1. */
    @Schema(name = "PageInfo")
    public record PageInfo(
            @Schema(example = "1") int number,
            @Schema(example = "20") int size,
            @Schema(example = "1032") long totalItems,
            @Schema(example = "52") long totalPages) {
    }
}
