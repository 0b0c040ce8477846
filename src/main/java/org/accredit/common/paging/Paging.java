package org.accredit.common.paging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.accredit.common.AccreditConfig;
import org.accredit.common.InvalidFieldsException;
import org.accredit.common.Problem;

/**
 * Keyset (cursor) paging, the one paging style of the API: a page is the rows after the cursor's
 * sort key, in the keyset's order, one more row read to know whether a next page exists.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Paging {

    private final EntityManager em;
    private final AccreditConfig config;

    public Paging(EntityManager em, AccreditConfig config) {
        this.em = em;
        this.config = config;
    }

    /**
     * One page of {@code entity} rows matching {@code where} (an HQL condition on the entity's
     * properties, or null for all) with its named {@code params}.
     */
    public <E> Page<E> page(Class<E> entity, Keyset<E> keyset, String where, Map<String, Object> params,
            PageRequest request) {
        int limit = limit(request);
        List<String> conditions = new ArrayList<>();
        if (where != null && !where.isBlank()) {
            conditions.add("(" + where + ")");
        }
        Object[] after = request == null || request.cursor == null ? null
                : Cursors.decode(keyset.list(), request.cursor, keyset.types());
        List<Keyset.Key<E>> keys = keyset.keys();
        String columns = keys.stream().map(Keyset.Key::property).collect(Collectors.joining(", "));
        if (after != null) {
            String values = java.util.stream.IntStream.range(0, keys.size()).mapToObj(i -> ":cursor" + i)
                    .collect(Collectors.joining(", "));
            String op = keyset.descending() ? " < " : " > ";
            conditions.add(keys.size() == 1 ? columns + op + values : "(" + columns + ")" + op + "(" + values + ")");
        }
        String direction = keyset.descending() ? " desc" : "";
        String order = keys.stream().map(k -> k.property() + direction).collect(Collectors.joining(", "));
        String hql = "from " + em.getMetamodel().entity(entity).getName()
                + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions)) + " order by " + order;
        TypedQuery<E> query = em.createQuery(hql, entity);
        if (params != null) {
            params.forEach(query::setParameter);
        }
        if (after != null) {
            for (int i = 0; i < after.length; i++) {
                query.setParameter("cursor" + i, after[i]);
            }
        }
        List<E> rows = new ArrayList<>(query.setMaxResults(limit + 1).getResultList());
        String next = null;
        if (rows.size() > limit) {
            rows.subList(limit, rows.size()).clear();
            next = keyset.cursorAfter(rows.get(limit - 1));
        }
        return new Page<>(rows, next);
    }

    /** The page size asked for, or the default; refused (400 naming limit) outside 1..accredit.max-page-size. */
    public int limit(PageRequest request) {
        int max = config.maxPageSize();
        if (request == null || request.limit == null) {
            return Math.min(PageRequest.DEFAULT_LIMIT, max);
        }
        if (request.limit < 1 || request.limit > max) {
            throw new InvalidFieldsException("The page size is out of range.",
                    List.of(new Problem.FieldError("limit", "must be between 1 and " + max)));
        }
        return request.limit;
    }
}
