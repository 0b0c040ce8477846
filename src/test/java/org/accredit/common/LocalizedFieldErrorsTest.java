package org.accredit.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.accredit.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Field errors carry the field as the JSON names it and a message in the language of
 * Accept-Language (ar, zh, en, fr, ru, es; English otherwise). The title and detail stay English.
 */
@QuarkusTest
class LocalizedFieldErrorsTest {

    /** One invalid application: a blank name, an unknown country, an ftp website, a bad email, no contact name, a bad phone. */
    private static Map<String, Object> invalid() {
        Map<String, Object> body = Api.body("", "NGO", "XX", null, "not-an-email", "en");
        @SuppressWarnings("unchecked")
        Map<String, Object> org = (Map<String, Object>) body.get("organization");
        org.put("website", "ftp://example.org");
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("email", "not-an-email");
        contact.put("phone", "call me");
        body.put("contact", contact);
        return body;
    }

    /** field -> the messages of its errors, in order. */
    private static Map<String, List<String>> errors(String acceptLanguage) {
        var request = Api.anonymous();
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        JsonPath json = request.body(invalid()).post("/api/v1/applications").then().statusCode(400)
                .contentType("application/problem+json").extract().jsonPath();
        assertEquals("Invalid request", json.getString("title"));
        Map<String, List<String>> byField = new TreeMap<>();
        for (Map<String, String> e : json.<Map<String, String>>getList("errors")) {
            byField.computeIfAbsent(e.get("field"), f -> new java.util.ArrayList<>()).add(e.get("message"));
        }
        byField.values().forEach(m -> m.sort(null));
        return byField;
    }

    private static final Map<String, Map<String, String>> EXPECTED = Map.of(
            "en", Map.of("organization.country", "must be an ISO 3166-1 alpha-2 country code, e.g. FR",
                    "contact.email", "must be a well-formed email address",
                    "contact.name", "must not be blank",
                    "organization.website", "must be an http or https URL, e.g. https://example.org",
                    "contact.phone", "must be a phone number, e.g. +1 212 963 1234"),
            "fr", Map.of("organization.country", "doit être un code de pays ISO 3166-1 alpha-2, par exemple FR",
                    "contact.email", "doit être une adresse électronique bien formée",
                    "contact.name", "ne doit pas être vide",
                    "organization.website", "doit être une URL http ou https, par exemple https://example.org",
                    "contact.phone", "doit être un numéro de téléphone, par exemple +1 212 963 1234"),
            "ar", Map.of("organization.country", "يجب أن يكون رمز بلد وفق ISO 3166-1 alpha-2، مثل FR",
                    "contact.email", "يجب أن يكون عنوان بريد إلكتروني صحيح الصيغة",
                    "contact.name", "يجب ألا يكون فارغًا",
                    "organization.website", "يجب أن يكون عنوان URL يبدأ بـ http أو https، مثل https://example.org",
                    "contact.phone", "يجب أن يكون رقم هاتف، مثل +1 212 963 1234"),
            "zh", Map.of("organization.country", "必须是 ISO 3166-1 alpha-2 国家代码,例如 FR",
                    "contact.email", "必须是格式正确的电子邮件地址",
                    "contact.name", "不得为空白",
                    "organization.website", "必须是 http 或 https 网址,例如 https://example.org",
                    "contact.phone", "必须是电话号码,例如 +1 212 963 1234"));

    private static final Map<String, String> SIZE = Map.of("en", "size must be between 2 and 300",
            "fr", "la taille doit être comprise entre 2 et 300", "ar", "يجب أن يكون الطول بين 2 و300",
            "zh", "长度必须在 2 和 300 之间");

    @Test
    void the_same_invalid_submission_gives_the_same_fields_with_messages_in_the_requested_language() {
        Map<String, List<String>> english = errors("en");
        for (String lang : List.of("en", "fr", "ar", "zh")) {
            Map<String, List<String>> got = errors(lang);
            assertEquals(english.keySet(), got.keySet(), lang + ": the same fields in every language");
            EXPECTED.get(lang).forEach((field, message) -> assertEquals(List.of(message), got.get(field), lang + " " + field));
            List<String> name = new java.util.ArrayList<>(List.of(
                    lang.equals("en") ? "must not be blank" : EXPECTED.get(lang).get("contact.name"), SIZE.get(lang)));
            name.sort(null);
            assertEquals(name, got.get("organization.name"), lang + " organization.name");
            if (!lang.equals("en")) {
                got.forEach((field, messages) -> assertNotEquals(english.get(field), messages, lang + " " + field + " is translated"));
            }
        }
    }

    @Test
    void russian_and_spanish_too_and_regional_variants_and_quality_values_choose_the_language() {
        assertEquals(List.of("должно быть правильно сформированным адресом электронной почты"), errors("ru").get("contact.email"));
        assertEquals(List.of("debe ser una dirección de correo electrónico bien formada"), errors("es").get("contact.email"));
        assertEquals(List.of("doit être une adresse électronique bien formée"), errors("fr-CA, en;q=0.5").get("contact.email"));
        assertEquals(List.of("必须是格式正确的电子邮件地址"), errors("zh-CN").get("contact.email"));
        assertEquals(List.of("必须是格式正确的电子邮件地址"), errors("de;q=1.0, zh;q=0.8, en;q=0.1").get("contact.email"));
    }

    @Test
    void parameters_are_named_as_in_the_query_and_their_messages_translated_too() {
        byte[] csv = "name,category,year,country\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (Map.Entry<String, String> lang : Map.of("fr", "doit être true ou false", "ar", "يجب أن يكون true أو false",
                "zh", "必须是 true 或 false", "en", "must be true or false").entrySet()) {
            Api.as("admin").header("Accept-Language", lang.getKey()).contentType("text/csv").body(csv)
                    .queryParam("dryRun", "maybe").post("/api/v1/ecosoc/imports").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", org.hamcrest.Matchers.contains("dryRun"))
                    .body("errors.message", org.hamcrest.Matchers.contains(lang.getValue()));
        }
    }

    @Test
    void an_unknown_or_missing_language_falls_back_to_english() {
        Map<String, List<String>> english = errors("en");
        assertEquals(english, errors("de"));
        assertEquals(english, errors(null));
        assertEquals(english, errors("*"));
        assertEquals(List.of(EXPECTED.get("en").get("contact.email")), errors("x-klingon").get("contact.email"));
    }
}
