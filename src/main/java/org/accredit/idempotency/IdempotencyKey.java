package org.accredit.idempotency;

import java.util.List;
import org.accredit.common.InvalidFieldsException;
import org.accredit.common.Problem;

/**
 * The value of an {@code Idempotency-Key} header (or a form's hidden field): 1 to 255 printable ASCII
 * characters. The draft writes it as a Structured Field string ({@code "8e03978e-..."}); the quotes
 * are optional here and not part of the key.
 */
public final class IdempotencyKey {

    public static final String HEADER = "Idempotency-Key";
    /** Set on a response that replays the first response to the same key. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    public static final int MAX_LENGTH = 255;

    private IdempotencyKey() {
    }

    /** The key, or 400 (problem+json naming the header) when it is empty, too long or holds a character it may not. */
    public static String parse(String value, String field) {
        String key = value;
        if (key != null && key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        String problem = null;
        if (key == null || key.isEmpty()) {
            problem = "must not be empty";
        } else if (key.length() > MAX_LENGTH) {
            problem = "must be at most " + MAX_LENGTH + " characters";
        } else {
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                    problem = "may hold only printable ASCII characters, without quotes or backslashes";
                    break;
                }
            }
        }
        if (problem != null) {
            throw new InvalidFieldsException("The " + field + " is not a valid idempotency key.",
                    List.of(new Problem.FieldError(field, problem)));
        }
        return key;
    }
}
