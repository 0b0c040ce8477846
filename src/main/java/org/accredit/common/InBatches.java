package org.accredit.common;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A long list (an export) read as a stream of keyset batches: each batch is the rows after the last
 * row of the previous one, in the list's order, read in its own short transaction by the caller's
 * {@code next}. Memory holds one batch whatever the list's length, and no database connection or
 * transaction stays open while the rows are written to a client, however slowly it reads (a cursor
 * held for a whole download would tie up one of the pool's few connections per slow client). The
 * rows are not one snapshot: a row that changes during the export may be seen before or after the
 * change, never twice (the key only moves forward).
 */
public final class InBatches {

    private InBatches() {
    }

    /**
     * The rows {@code next} gives, batch after batch: {@code next.apply(null)} is the first batch, read
     * now (so that a failure, e.g. the database being down, is still an error response, before any byte
     * of the file); {@code next.apply(last)} each following one, read when the stream reaches it. A
     * batch shorter than {@code size} is the last.
     */
    public static <T> Stream<T> of(int size, Function<T, List<T>> next) {
        if (size < 1) {
            throw new IllegalArgumentException("batch size " + size);
        }
        Iterator<T> rows = new Iterator<>() {
            private List<T> batch = next.apply(null);
            private int index;

            @Override
            public boolean hasNext() {
                if (index < batch.size()) {
                    return true;
                }
                if (batch.size() < size) {
                    return false;
                }
                batch = next.apply(batch.get(batch.size() - 1));
                index = 0;
                return !batch.isEmpty();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return batch.get(index++);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }
}
