package org.accredit.statement.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.accredit.common.FormBody;
import org.accredit.common.FormPosts;
import org.accredit.idempotency.FormRetries;
import org.accredit.common.Problem;
import org.accredit.common.paging.Page;
import org.accredit.common.paging.PageRequest;
import org.accredit.security.Roles;
import org.accredit.statement.DocumentRequest;
import org.accredit.statement.Statement;
import org.accredit.statement.StatementRequest;
import org.accredit.statement.StatementService;
import org.accredit.statement.StatementStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A session's written statements: an accredited organization submits one; staff list them. */
@Path("/api/v1/sessions/{sessionId}/statements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Written submissions")
public class SessionStatementsResource {

    static final String SECRET = "X-Tracking-Secret";
    static final String SECRET_DESCRIPTION = "The tracking secret of the organization's approved application";

    /** The multipart part that may carry the statement as a PDF. */
    static final String DOCUMENT_PART = "document";

    private final StatementService statements;
    private final Views views;
    private final ObjectMapper json;
    private final FormBody forms;
    private final FormPosts posts;
    private final FormRetries retries;

    public SessionStatementsResource(StatementService statements, Views views, ObjectMapper json, FormBody forms,
            FormPosts posts, FormRetries retries) {
        this.statements = statements;
        this.views = views;
        this.json = json;
        this.forms = forms;
        this.posts = posts;
        this.retries = retries;
    }

    @POST
    @PermitAll
    @Consumes({MediaType.APPLICATION_JSON, Pdf.MEDIA_TYPE})
    @Operation(summary = "Submit a written statement for a session (accredited organization)", description = "Either "
            + "JSON {language, title, text}, or the statement as a PDF (Content-Type: application/pdf, the file's bytes "
            + "as the body) with language and title as query parameters; a PDF is checked by parsing it (PDFBox) and its "
            + "text is extracted. At most accredit.statements.max-words words (2,000), counted by ICU4J word "
            + "segmentation in the statement's language (Chinese included); more is 422 naming the count and the limit. "
            + "Accepted until the session closes (less accredit.statements.closes-before-session-end, default none), at "
            + "most accredit.statements.max-per-session (3) submitted or published per organization and session. The "
            + "secret is checked before the request: unknown 404, not approved (or suspended) 403. As a form post "
            + "(urlencoded or multipart): the JSON fields; a multipart post may carry the PDF as the part "
            + DOCUMENT_PART + " instead of text. A form's hidden honeypot field (" + FormPosts.HONEYPOT
            + ") must stay empty; a form may carry its Idempotency-Key in the hidden field " + FormRetries.FIELD + ".")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementRequest.class)),
            @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED, schema = @Schema(implementation = StatementRequest.class)),
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = StatementRequest.class)),
            @Content(mediaType = Pdf.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    description = "The PDF; at most accredit.statements.max-document-bytes (2 MiB) and "
                            + "accredit.statements.max-document-pages (30) pages, not encrypted"))})
    @Extension(name = "x-form-files", value = DOCUMENT_PART + "(text): The statement as a PDF instead of the text field "
            + "(the same checks as an application/pdf body)")
    @APIResponse(responseCode = "201", description = "Submitted", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatementView.class)), headers = @Header(name = "Location", description = "Where the organization reads it", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "303", description = "A form post whose Accept header prefers text/html (a browser): see "
            + "the thank-you page (accredit.forms.thank-you-url); also the answer, with nothing stored, to a post whose "
            + "honeypot field is filled", headers = @Header(name = "Location", description = "The thank-you page",
            schema = @Schema(type = SchemaType.STRING, format = "uri-reference")))
    @APIResponse(responseCode = "400", description = "Invalid fields (one entry per field)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The secret's application is not approved (or no longer in good standing)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No application has this secret, or no such session", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The session no longer accepts statements, or the organization has its most for it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is too large (JSON over accredit.max-json-body, PDF over accredit.statements.max-document-bytes)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Neither JSON nor PDF", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "More words than accredit.statements.max-words (the field error names the count and the limit), or not an acceptable PDF (not a PDF, encrypted, too many pages, no text)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(@PathParam("sessionId") UUID sessionId,
            @HeaderParam(SECRET) @Parameter(required = true, description = SECRET_DESCRIPTION) String secret,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @QueryParam("language") @Parameter(description = "application/pdf only: the statement's language",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"ar", "zh", "en", "fr", "ru", "es"})) String language,
            @QueryParam("title") @Parameter(description = "application/pdf only: the statement's title",
                    schema = @Schema(type = SchemaType.STRING, maxLength = Statement.MAX_TITLE)) String title,
            byte[] body) throws IOException {
        Statement s;
        if (MediaType.valueOf(contentType).isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            StatementRequest request = body == null || body.length == 0 ? null : json.readValue(body, StatementRequest.class);
            s = statements.submitText(secret, sessionId, request);
        } else {
            s = statements.submitDocument(secret, sessionId, new DocumentRequest(language, title), body);
        }
        return created(s);
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(hidden = true) // documented with submit
    public Response submitForm(@PathParam("sessionId") UUID sessionId, @HeaderParam(SECRET) String secret,
            byte[] form, @jakarta.ws.rs.core.Context HttpHeaders headers) {
        Map<String, List<String>> fields = posts.fields(form);
        if (FormPosts.honeypot(fields)) {
            return posts.discarded();
        }
        return retries.once(headers, "/api/v1/sessions/" + sessionId + "/statements", "secret:" + secret, fields, Map.of(),
                () -> {
                    Statement s = statements.submitText(secret, sessionId,
                            forms.read(fields, StatementRequest.class, Set.of(FormPosts.HONEYPOT, FormRetries.FIELD)));
                    return FormPosts.browser(headers) ? posts.thanks(null) : created(s);
                });
    }

    @POST
    @PermitAll
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(hidden = true) // documented with submit
    public Response submitMultipart(@PathParam("sessionId") UUID sessionId, @HeaderParam(SECRET) String secret,
            MultipartFormDataInput input, @jakarta.ws.rs.core.Context HttpHeaders headers) {
        Map<String, List<String>> fields = FormPosts.fields(input, Set.of(DOCUMENT_PART));
        if (FormPosts.honeypot(fields)) {
            return posts.discarded();
        }
        byte[] document = posts.file(input, DOCUMENT_PART);
        Set<String> skipped = Set.of(FormPosts.HONEYPOT, FormRetries.FIELD);
        return retries.once(headers, "/api/v1/sessions/" + sessionId + "/statements", "secret:" + secret, fields,
                document == null ? Map.of() : Map.of(DOCUMENT_PART, document), () -> {
                    Statement s = document == null
                            ? statements.submitText(secret, sessionId, forms.read(fields, StatementRequest.class, skipped))
                            : statements.submitDocument(secret, sessionId, forms.read(fields, DocumentRequest.class, skipped), document);
                    return FormPosts.browser(headers) ? posts.thanks(null) : created(s);
                });
    }

    private Response created(Statement s) {
        return Response.created(UriBuilder.fromPath("/api/v1/organization/statements/{id}").build(s.id()))
                .entity(views.own(s, false)).build();
    }

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER, Roles.ADMIN})
    @Operation(summary = "List a session's written statements (staff)", description = "In the order they were "
            + "submitted; pass nextCursor as cursor for the next page. Without the texts (read one for its text).")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = "No such session", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<StatementView> list(@PathParam("sessionId") UUID sessionId,
            @QueryParam("status") @Parameter(description = "Only statements in this status") StatementStatus status,
            @BeanParam PageRequest page) {
        return statements.ofSession(sessionId, status, page).map(s -> views.staff(s, false));
    }
}
