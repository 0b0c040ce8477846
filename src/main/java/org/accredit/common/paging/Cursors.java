package org.accredit.common.paging;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.accredit.common.InvalidFieldsException;
import org.accredit.common.Problem;

/**
 * The cursor codec of every list: base64url of the sort key of a page's last item, with the name of
 * the list it belongs to and a checksum. Opaque to clients and tamper-evident enough: a cursor that
 * was edited, cut, or given out by another list is refused with 400 naming {@code cursor}. It is not
 * a secret (its content is the sort key: a name, a date, an id) and not a signature.
 */
public final class Cursors {

    /** Longest cursor accepted (a roster name of 500 characters fits). */
    public static final int MAX_LENGTH = 2000;

    private static final byte VERSION = 1;
    private static final int CHECKSUM_BYTES = 8;
    private static final byte STRING = 's';
    private static final byte UUID_TAG = 'u';
    private static final byte INSTANT = 't';
    private static final byte DATE = 'd';
    private static final byte LONG = 'l';

    private Cursors() {
    }

    /** The cursor for the given sort-key values (String, UUID, Instant, LocalDate, Integer or Long). */
    public static String encode(String list, List<?> key) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeUTF(list);
            out.writeByte(key.size());
            for (Object value : key) {
                if (value instanceof String s) {
                    out.writeByte(STRING);
                    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                    out.writeInt(utf8.length);
                    out.write(utf8);
                } else if (value instanceof UUID u) {
                    out.writeByte(UUID_TAG);
                    out.writeLong(u.getMostSignificantBits());
                    out.writeLong(u.getLeastSignificantBits());
                } else if (value instanceof Instant t) {
                    out.writeByte(INSTANT);
                    out.writeLong(t.getEpochSecond());
                    out.writeInt(t.getNano());
                } else if (value instanceof LocalDate d) {
                    out.writeByte(DATE);
                    out.writeLong(d.toEpochDay());
                } else if (value instanceof Integer || value instanceof Long) {
                    out.writeByte(LONG);
                    out.writeLong(((Number) value).longValue());
                } else {
                    throw new IllegalArgumentException("A sort key cannot hold " + value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] payload = bytes.toByteArray();
        byte[] all = Arrays.copyOf(payload, payload.length + CHECKSUM_BYTES);
        System.arraycopy(checksum(payload), 0, all, payload.length, CHECKSUM_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(all);
    }

    /**
     * The sort-key values of a cursor that {@link #encode} gave out for the same list, of the given
     * types; anything else is refused with 400 naming {@code cursor}.
     */
    public static Object[] decode(String list, String cursor, List<Class<?>> types) {
        if (cursor == null || cursor.isEmpty() || cursor.length() > MAX_LENGTH) {
            throw invalid();
        }
        byte[] all;
        try {
            all = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (all.length <= CHECKSUM_BYTES) {
            throw invalid();
        }
        byte[] payload = Arrays.copyOf(all, all.length - CHECKSUM_BYTES);
        byte[] sum = Arrays.copyOfRange(all, payload.length, all.length);
        if (!MessageDigest.isEqual(sum, Arrays.copyOf(checksum(payload), CHECKSUM_BYTES))) {
            throw invalid();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            if (in.readByte() != VERSION || !in.readUTF().equals(list) || in.readByte() != types.size()) {
                throw invalid();
            }
            Object[] values = new Object[types.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = read(in, types.get(i));
            }
            if (in.available() > 0) {
                throw invalid();
            }
            return values;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidFieldsException ife) {
                throw ife;
            }
            throw invalid();
        }
    }

    private static Object read(DataInputStream in, Class<?> type) throws IOException {
        byte tag = in.readByte();
        if (type == String.class && tag == STRING) {
            int length = in.readInt();
            if (length < 0 || length > in.available()) {
                throw invalid();
            }
            return new String(in.readNBytes(length), StandardCharsets.UTF_8);
        } else if (type == UUID.class && tag == UUID_TAG) {
            return new UUID(in.readLong(), in.readLong());
        } else if (type == Instant.class && tag == INSTANT) {
            return Instant.ofEpochSecond(in.readLong(), in.readInt());
        } else if (type == LocalDate.class && tag == DATE) {
            return LocalDate.ofEpochDay(in.readLong());
        } else if (type == Long.class && tag == LONG) {
            return in.readLong();
        } else if (type == Integer.class && tag == LONG) {
            return Math.toIntExact(in.readLong());
        }
        throw invalid();
    }

    private static byte[] checksum(byte[] payload) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(payload);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static InvalidFieldsException invalid() {
        return new InvalidFieldsException("The cursor is not one this list gave out.",
                List.of(new Problem.FieldError("cursor", "not a cursor this list gave out; start again without it")));
    }
}
