package org.accredit.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

/**
 * What the form posts of the API share: the honeypot field, the text fields of a multipart body, its
 * file parts read into memory within their limit, and the answer to a browser (303 to the thank-you
 * page) or to an API client (the JSON of the JSON body).
 *
 * <p>Quarkus keeps a file part in a temporary file under a generated name (never the uploaded one) in
 * quarkus.http.body.uploads-directory and deletes it when the request ends; the part is read into
 * memory here, refused above {@link FormConfig#maxFilePart()} (413), and its uploaded name is ignored.
 */
@ApplicationScoped
public class FormPosts {

    /**
     * The honeypot: a field the pages hide from people (CSS, tabindex -1, autocomplete off) and bots
     * fill. A post with a value in it is answered 303 to the thank-you page without a reference,
     * whatever it accepts (a bot learns nothing), and nothing is stored.
     */
    public static final String HONEYPOT = "homepage";

    private static final Logger LOG = Logger.getLogger(FormPosts.class);

    private final FormConfig config;

    public FormPosts(FormConfig config) {
        this.config = config;
    }

    /** True if the form's honeypot field holds anything. */
    public static boolean honeypot(Map<String, ? extends List<String>> fields) {
        List<String> values = fields.get(HONEYPOT);
        boolean filled = values != null && values.stream().anyMatch(v -> v != null && !v.isEmpty());
        if (filled) {
            LOG.info("A form post with its honeypot field filled was discarded");
        }
        return filled;
    }

    /** The answer to a post whose honeypot is filled: the thank-you page, no reference, nothing stored. */
    public Response discarded() {
        return Response.seeOther(URI.create(config.thankYouUrl())).build();
    }

    /** True if the Accept header prefers an HTML page to JSON (a browser's form post). */
    public static boolean browser(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) { // sorted by preference
            if (type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE) || "application/xhtml+xml".equals(type.getType() + "/" + type.getSubtype())) {
                return true;
            }
            if (type.getSubtype().endsWith("json")) {
                return false;
            }
        }
        return false;
    }

    /** 303 to the thank-you page with the reference of what the post created (null for none). */
    public Response thanks(String reference) {
        String url = config.thankYouUrl();
        if (reference != null) {
            url += (url.contains("?") ? "&" : "?") + "reference=" + URLEncoder.encode(reference, StandardCharsets.UTF_8);
        }
        return Response.seeOther(URI.create(url)).build();
    }

    /**
     * The fields of an urlencoded body, decoded strictly (the JAX-RS form reader would put U+FFFD in
     * silently): a malformed escape or bytes that are not UTF-8 are a 400 naming the body; a body over
     * {@link FormConfig#maxUrlencodedBody()} (sent chunked, without a Content-Length) a 413.
     */
    public Map<String, List<String>> fields(byte[] body) {
        if (body != null && body.length > config.maxUrlencodedBody()) {
            throw new PayloadTooLargeException("A form body may not exceed " + config.maxUrlencodedBody() + " bytes.");
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (body == null || body.length == 0) {
            return fields;
        }
        String ascii = new String(body, StandardCharsets.ISO_8859_1);
        for (String pair : ascii.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return fields;
    }

    private static String decode(String raw) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                int hi = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int lo = hi < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
                if (lo < 0) {
                    throw malformed("a malformed percent escape");
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw malformed("bytes that are not UTF-8");
        }
    }

    private static InvalidFieldsException malformed(String what) {
        return new InvalidFieldsException("The form body has " + what + ".",
                List.of(new Problem.FieldError("body", "must be application/x-www-form-urlencoded in UTF-8")));
    }

    /** The text parts of a multipart body (file parts are read with {@link #file}). */
    public static Map<String, List<String>> fields(MultipartFormDataInput input, Set<String> fileParts) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (Map.Entry<String, Collection<FormValue>> part : input.getValues().entrySet()) {
            if (fileParts.contains(part.getKey())) {
                continue;
            }
            List<String> values = new ArrayList<>();
            for (FormValue v : part.getValue()) {
                if (v.isFileItem()) {
                    throw new InvalidFieldsException("The form has a file where a text field belongs.",
                            List.of(new Problem.FieldError(part.getKey(), "must be a text field, not a file")));
                }
                String value = v.getValue();
                if (value != null && value.indexOf('\uFFFD') >= 0) { // what the part decoder put for bytes that are not UTF-8
                    throw new InvalidFieldsException("The form has a field that is not UTF-8.",
                            List.of(new Problem.FieldError(part.getKey(), "must be text in UTF-8")));
                }
                values.add(value);
            }
            fields.put(part.getKey(), values);
        }
        return fields;
    }

    /**
     * The bytes of the file part {@code name}, or null when the form has none (or an empty one): at
     * most one such part, at most {@link FormConfig#maxFilePart()} bytes (413).
     */
    public byte[] file(MultipartFormDataInput input, String name) {
        Collection<FormValue> parts = input.getValues().get(name);
        if (parts == null || parts.isEmpty()) {
            return null;
        }
        if (parts.size() > 1) {
            throw new InvalidFieldsException("The form has a file part twice.",
                    List.of(new Problem.FieldError(name, "may be given only once")));
        }
        FormValue part = parts.iterator().next();
        if (!part.isFileItem()) {
            String text = part.getValue();
            if (text == null || text.isEmpty()) {
                return null;
            }
            throw new InvalidFieldsException("The form has text where a file belongs.",
                    List.of(new Problem.FieldError(name, "must be a file (a PDF)")));
        }
        try {
            long size = part.getFileItem().getFileSize();
            if (size > config.maxFilePart()) {
                throw new PayloadTooLargeException("The file part " + name + " may not exceed " + config.maxFilePart() + " bytes.");
            }
            if (size == 0) {
                return null;
            }
            try (InputStream in = part.getFileItem().getInputStream()) {
                byte[] bytes = in.readNBytes((int) config.maxFilePart() + 1);
                if (bytes.length > config.maxFilePart()) {
                    throw new PayloadTooLargeException("The file part " + name + " may not exceed " + config.maxFilePart() + " bytes.");
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
