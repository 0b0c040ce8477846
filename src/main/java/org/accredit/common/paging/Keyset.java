package org.accredit.common.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The order of a list, for keyset paging: entity properties, the last one unique (the tiebreaker),
 * all in one direction, so that "after the cursor" is one row-value comparison
 * {@code (a, b) > (:a, :b)} that an index on {@code (a, b)} serves.
 *
 * @param <E> the entity listed
 */
public final class Keyset<E> {

    /** One property of the sort key: its HQL path, Java type and how to read it from an entity. */
    record Key<E>(String property, Class<?> type, Function<E, ?> value) {
    }

    private final String list;
    private final List<Key<E>> keys;
    private final boolean descending;

    private Keyset(String list, List<Key<E>> keys, boolean descending) {
        this.list = list;
        this.keys = List.copyOf(keys);
        this.descending = descending;
    }

    /** A keyset for the list called {@code list} (cursors of one list are refused by another). */
    public static <E> Builder<E> of(String list) {
        return new Builder<>(list);
    }

    String list() {
        return list;
    }

    List<Key<E>> keys() {
        return keys;
    }

    boolean descending() {
        return descending;
    }

    List<Class<?>> types() {
        return keys.stream().<Class<?>>map(Key::type).toList();
    }

    String cursorAfter(E last) {
        List<Object> values = new ArrayList<>();
        for (Key<E> k : keys) {
            values.add(k.value().apply(last));
        }
        return Cursors.encode(list, values);
    }

    public static final class Builder<E> {
        private final String list;
        private final List<Key<E>> keys = new ArrayList<>();

        private Builder(String list) {
            this.list = list;
        }

        /** Adds a property to the sort key; the last one added must be unique. */
        public <V> Builder<E> by(String property, Class<V> type, Function<E, V> value) {
            keys.add(new Key<>(property, type, value));
            return this;
        }

        public Keyset<E> ascending() {
            return new Keyset<>(list, keys, false);
        }

        public Keyset<E> descending() {
            return new Keyset<>(list, keys, true);
        }
    }
}
