package org.accredit.objection;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.accredit.application.Application;
import org.accredit.common.paging.Page;

/**
 * One page of a list's applications in the list's order (normalized organization name, then id),
 * the cursor of the next page (null on the last), how many applications the whole list holds, and
 * the standing objections to the applications of this page (empty where the reader may not see them).
 */
public record ListEntries(List<Application> applications, String nextCursor, long total,
        Map<UUID, Long> standingObjections) {

    public <V> Page<V> page(Function<Application, V> view) {
        return new Page<>(applications.stream().map(view).toList(), nextCursor);
    }
}
