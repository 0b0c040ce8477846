package org.accredit.statement;

import java.util.List;
import org.accredit.common.InvalidFieldsException;
import org.accredit.common.Problem;

/** A statement longer than accredit.statements.max-words: 422, naming the count and the limit on the field. */
public class WordLimitExceededException extends InvalidFieldsException {

    public WordLimitExceededException(String field, int words, int limit) {
        super("The statement has " + words + " words; at most " + limit + " are accepted.",
                List.of(new Problem.FieldError(field, "has " + words + " words; at most " + limit + " are accepted")));
    }

    @Override
    public int httpStatus() {
        return 422;
    }

    @Override
    public String title() {
        return "Too many words";
    }
}
