package org.accredit.common.paging;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging parameters every list endpoint takes (with {@code @BeanParam}): the cursor of the
 * previous page and the page size. {@link Paging} checks them.
 */
public class PageRequest {

    /** Page size when the client gives none (or the largest page, if that is smaller). */
    public static final int DEFAULT_LIMIT = 50;

    @QueryParam("cursor")
    @Parameter(description = "The nextCursor of the previous page; absent for the first page. Opaque: a cursor "
            + "belongs to the list (and order) that gave it out")
    @Schema(maxLength = Cursors.MAX_LENGTH)
    public String cursor;

    @QueryParam("limit")
    @Parameter(description = "Items per page, from 1 to accredit.max-page-size (default 100); default "
            + DEFAULT_LIMIT)
    @Schema(minimum = "1", defaultValue = "" + DEFAULT_LIMIT)
    public Integer limit;

    public PageRequest() {
    }

    public PageRequest(String cursor, Integer limit) {
        this.cursor = cursor;
        this.limit = limit;
    }

    public static PageRequest first(int limit) {
        return new PageRequest(null, limit);
    }
}
