package org.accredit.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/**
 * The data an outbox email is rendered from, stored as JSON with the row. Records and lists become
 * maps and lists, which the templates read the same way ({@code app.reference}, {@code item.name}).
 * Null values are kept, so a template that prints an absent value finds the key.
 */
final class TemplateData {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private TemplateData() {
    }

    static String write(Map<String, Object> data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("email data cannot be written as JSON", e);
        }
    }

    static Map<String, Object> read(String json) {
        try {
            return JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored email data is not valid JSON", e);
        }
    }
}
