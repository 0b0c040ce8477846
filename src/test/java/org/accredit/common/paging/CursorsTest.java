package org.accredit.common.paging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.accredit.common.InvalidFieldsException;
import org.junit.jupiter.api.Test;

/** The cursor codec alone: round trips, and every kind of foreign or edited cursor refused naming "cursor". */
class CursorsTest {

    private static final List<Class<?>> TYPES = List.of(String.class, Instant.class, LocalDate.class, UUID.class);

    private static void assertRefused(String list, String cursor, List<Class<?>> types) {
        InvalidFieldsException e = assertThrows(InvalidFieldsException.class, () -> Cursors.decode(list, cursor, types));
        assertEquals("cursor", e.errors().get(0).field());
        assertEquals(400, e.httpStatus());
    }

    @Test
    void roundTripsEveryKindOfSortKey() {
        UUID id = UUID.randomUUID();
        Instant at = Instant.parse("2026-11-30T04:05:06.123456789Z");
        Object[] key = {"żółć ŁØ 東京 🙂 a:b|c", at, LocalDate.of(2026, 12, 25), id};
        String cursor = Cursors.encode("calls", List.of(key));
        assertArrayEquals(key, Cursors.decode("calls", cursor, TYPES));
        assertArrayEquals(new Object[] {7L}, Cursors.decode("n", Cursors.encode("n", List.of(7L)), List.of(Long.class)));
        // base64url without padding: safe in a query string as it is
        assertEquals(-1, cursor.indexOf('='));
        assertEquals(-1, cursor.indexOf('+'));
        assertEquals(-1, cursor.indexOf('/'));
    }

    @Test
    void aCursorOfAnotherListIsRefused() {
        String cursor = Cursors.encode("applications", List.of(Instant.EPOCH, UUID.randomUUID()));
        assertRefused("calls", cursor, List.of(Instant.class, UUID.class));
        assertRefused("applications", cursor, List.of(String.class, UUID.class));
        assertRefused("applications", cursor, List.of(Instant.class));
    }

    @Test
    void anEditedOrTruncatedCursorIsRefused() {
        String cursor = Cursors.encode("applications", List.of(Instant.EPOCH, UUID.randomUUID()));
        byte[] bytes = Base64.getUrlDecoder().decode(cursor);
        for (int i = 0; i < bytes.length; i++) {
            byte[] edited = bytes.clone();
            edited[i] ^= 0x01;
            assertRefused("applications", Base64.getUrlEncoder().withoutPadding().encodeToString(edited),
                    List.of(Instant.class, UUID.class));
        }
        assertRefused("applications", cursor.substring(0, cursor.length() - 3), List.of(Instant.class, UUID.class));
        assertRefused("applications", cursor + "AA", List.of(Instant.class, UUID.class));
    }

    @Test
    void garbageIsRefused() {
        for (String garbage : new String[] {"", "garbage", "not a cursor", "%00", "////", "A".repeat(3000),
                Base64.getUrlEncoder().encodeToString("1700000000:0:not-a-uuid".getBytes())}) {
            assertRefused("applications", garbage, List.of(Instant.class, UUID.class));
        }
    }
}
