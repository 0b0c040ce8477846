package org.accredit.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A form post ({@code application/x-www-form-urlencoded} or the text parts of
 * {@code multipart/form-data}) read into the same request record as the JSON body, through the same
 * strict JSON mapper: a nested JSON field is a dotted form name ({@code organization.name}), an empty
 * value is a field left out (what a browser sends for an empty input), a name given twice or not of
 * the API's shape is refused (400, one entry per field, named as the form names it). Type and
 * unknown-field errors are those of the JSON body (common.ProblemMappers), Bean Validation runs in
 * the service as for JSON: the rules exist once.
 */
@ApplicationScoped
public class FormBody {

    /** Most fields a form may carry; a dotted name has at most four levels. */
    static final int MAX_FIELDS = 64;
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}(\\.[A-Za-z][A-Za-z0-9]{0,63}){0,3}");

    private final ObjectMapper mapper;

    public FormBody(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The record {@code type} from the form's fields; {@code skipped} names fields that are the form's
     * own (the honeypot, a file part) and not the request's.
     */
    public <T> T read(Map<String, ? extends List<String>> fields, Class<T> type, Set<String> skipped) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        List<Problem.FieldError> errors = new ArrayList<>();
        if (fields.size() > MAX_FIELDS) {
            throw new InvalidFieldsException("The form has more fields than any request of the API.",
                    List.of(new Problem.FieldError("body", "at most " + MAX_FIELDS + " fields")));
        }
        for (Map.Entry<String, ? extends List<String>> field : fields.entrySet()) {
            String name = field.getKey();
            if (skipped.contains(name)) {
                continue;
            }
            if (name == null || !NAME.matcher(name).matches()) {
                errors.add(new Problem.FieldError(name == null || name.length() > 100 ? "body" : name,
                        "unknown or read-only field; a client cannot set it"));
                continue;
            }
            List<String> values = field.getValue();
            if (values.size() > 1) {
                errors.add(new Problem.FieldError(name, "may be given only once"));
                continue;
            }
            String value = values.isEmpty() ? null : values.get(0);
            if (value == null || value.isEmpty()) {
                continue;
            }
            String[] path = name.split("\\.");
            ObjectNode parent = root;
            boolean clash = false;
            for (int i = 0; i < path.length - 1 && !clash; i++) {
                var child = parent.get(path[i]);
                if (child == null) {
                    parent = parent.putObject(path[i]);
                } else if (child instanceof ObjectNode o) {
                    parent = o;
                } else {
                    clash = true;
                }
            }
            if (clash || parent.has(path[path.length - 1])) {
                errors.add(new Problem.FieldError(name, "is both a field and a group of fields"));
                continue;
            }
            parent.put(path[path.length - 1], value);
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparing(Problem.FieldError::field));
            throw new InvalidFieldsException("The form has " + errors.size() + " invalid field(s).", errors);
        }
        try {
            return mapper.readerFor(type).readValue(mapper.treeAsTokens(root));
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            throw new FormFieldException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A form field the JSON mapper refused; answered like the same refusal of a JSON body. */
    public static final class FormFieldException extends RuntimeException {

        private final transient com.fasterxml.jackson.databind.JsonMappingException refusal;

        FormFieldException(com.fasterxml.jackson.databind.JsonMappingException refusal) {
            super(refusal.getOriginalMessage(), null, false, false);
            this.refusal = refusal;
        }

        public com.fasterxml.jackson.databind.JsonMappingException refusal() {
            return refusal;
        }
    }
}
