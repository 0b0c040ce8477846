package org.accredit.common.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of any list of the API: its items, and the cursor of the next page (absent on the last
 * page). Every list endpoint answers with this shape.
 */
public record Page<T>(
        @Schema(required = true, description = "The items of this page, in the list's order") List<T> items,
        @Schema(description = "Pass it as the cursor parameter to read the next page; absent on the last page")
        String nextCursor) {

    public <V> Page<V> map(Function<? super T, ? extends V> view) {
        return new Page<>(items.stream().<V>map(view).toList(), nextCursor);
    }
}
