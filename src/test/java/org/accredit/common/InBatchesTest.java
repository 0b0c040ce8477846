package org.accredit.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Keyset batches as one stream: every row once, in order, one batch read at a time; plain JUnit. */
class InBatchesTest {

    /** The rows 0..n-1 as a keyset list: a batch is the next {@code size} after the last row given. */
    private static List<Integer> read(int n, int size, List<Integer> asked) {
        return InBatches.<Integer>of(size, after -> {
            asked.add(after);
            int from = after == null ? 0 : after + 1;
            return IntStream.range(from, Math.min(n, from + size)).boxed().toList();
        }).toList();
    }

    @Test
    void everyRowOnceInOrderWhateverTheLengthAgainstTheBatchSize() {
        for (int n : new int[] {0, 1, 9, 10, 11, 20, 25}) {
            List<Integer> asked = new ArrayList<>();
            assertEquals(IntStream.range(0, n).boxed().toList(), read(n, 10, asked), "n=" + n);
            // a short batch is the last; a full one is followed by one more read (which may be empty)
            List<Integer> expected = new ArrayList<>();
            expected.add(null);
            for (int last = 9; last < n; last += 10) {
                expected.add(last);
            }
            assertEquals(expected, asked, "n=" + n);
        }
    }

    @Test
    void theFirstBatchIsReadAtOnceTheOthersOnlyWhenTheStreamGetsThere() {
        List<Integer> asked = new ArrayList<>();
        var stream = InBatches.<Integer>of(2, after -> {
            asked.add(after);
            int from = after == null ? 0 : after + 1;
            return IntStream.range(from, Math.min(5, from + 2)).boxed().toList();
        });
        assertEquals(java.util.Collections.singletonList(null), asked, "the first batch before any row is taken");
        var rows = stream.iterator();
        rows.next();
        rows.next();
        assertEquals(1, asked.size(), "the second batch not yet");
        rows.next();
        assertEquals(2, asked.size());
    }

    @Test
    void aFailureOfTheFirstBatchIsThrownByOfItself() {
        assertThrows(IllegalStateException.class, () -> InBatches.<Integer>of(5, after -> {
            throw new IllegalStateException("database down");
        }));
    }
}
