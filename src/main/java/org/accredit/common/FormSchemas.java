package org.accredit.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The form bodies of the OpenAPI document, derived from the JSON body at build time so that the two
 * never differ: an operation that declares its JSON request record also for
 * {@code application/x-www-form-urlencoded} or {@code multipart/form-data} gets, for those, a flat
 * object whose property names are the record's dotted paths (organization.name), each with the JSON
 * property's own schema (an optional one also empty: an empty form field is one left out), required
 * where the JSON field and its parents are, plus the honeypot field
 * ({@link FormPosts#HONEYPOT}) and, for multipart, the file parts listed in the operation's
 * {@code x-form-files} extension ("name: description | ...", or "name(field): ..." for a file that stands for
 * a field, which is then not required), each a binary string.
 */
final class FormSchemas {

    static final String FILES = "x-form-files";
    private static final String PREFIX = "#/components/schemas/";

    private FormSchemas() {
    }

    static void flatten(Operation op, Components components) {
        if (op.getRequestBody() == null || op.getRequestBody().getContent() == null || components == null) {
            return;
        }
        Object files = op.getExtensions() == null ? null : op.getExtensions().get(FILES);
        for (String type : List.of(jakarta.ws.rs.core.MediaType.APPLICATION_FORM_URLENCODED,
                jakarta.ws.rs.core.MediaType.MULTIPART_FORM_DATA)) {
            MediaType media = op.getRequestBody().getContent().getMediaType(type);
            if (media == null || media.getSchema() == null || media.getSchema().getRef() == null) {
                continue;
            }
            Schema flat = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT);
            List<String> required = new ArrayList<>();
            add(media.getSchema().getRef(), "", true, flat, required, components);
            flat.addProperty(FormPosts.HONEYPOT, OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                    .description("Hidden from people; leave it empty (a post that fills it is discarded)"));
            if (type.equals(jakarta.ws.rs.core.MediaType.MULTIPART_FORM_DATA) && files != null) {
                for (Map.Entry<String, String> file : parts(files.toString()).entrySet()) {
                    String name = file.getKey();
                    int paren = name.indexOf('(');
                    if (paren > 0) { // "document(text)": the file stands for that field, which is then optional
                        required.remove(name.substring(paren + 1, name.length() - 1));
                        name = name.substring(0, paren);
                    }
                    flat.addProperty(name, OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                            .format("binary").contentMediaType("application/pdf").description(file.getValue()));
                }
            }
            if (!required.isEmpty()) {
                flat.setRequired(required);
            }
            media.setSchema(flat);
        }
        if (files != null) {
            op.removeExtension(FILES);
        }
    }

    private static Map<String, String> parts(String spec) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String part : spec.split("\\|")) {
            int colon = part.indexOf(':');
            parts.put(part.substring(0, colon).trim(), part.substring(colon + 1).trim());
        }
        return parts;
    }

    private static void add(String ref, String prefix, boolean parentRequired, Schema flat, List<String> required,
            Components components) {
        Schema schema = components.getSchemas().get(ref.substring(PREFIX.length()));
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
            String name = prefix + property.getKey();
            boolean isRequired = parentRequired && schema.getRequired() != null && schema.getRequired().contains(property.getKey());
            Schema value = property.getValue();
            Schema target = value.getRef() == null ? null : components.getSchemas().get(value.getRef().substring(PREFIX.length()));
            if (target != null && target.getProperties() != null) {
                add(value.getRef(), name + ".", isRequired, flat, required, components);
                continue;
            }
            if (isRequired) {
                flat.addProperty(name, value);
                required.add(name);
            } else { // an empty form field is one left out
                flat.addProperty(name, OASFactory.createSchema().addAnyOf(value)
                        .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(0)));
            }
        }
    }
}
