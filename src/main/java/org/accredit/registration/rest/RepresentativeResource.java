package org.accredit.registration.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.accredit.registration.RegistrationService;
import org.accredit.registration.Representative;
import org.accredit.registration.RepresentativeRequest;
import org.accredit.session.Session;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An accredited organization's representatives for a session. The organization authenticates with
 * the tracking secret of its approved application (header X-Tracking-Secret): an unknown secret
 * answers 404, an application not (or no longer) approved 403.
 */
@Path("/api/v1/sessions/{sessionId}/representatives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Session registrations")
public class RepresentativeResource {

    static final String SECRET = "X-Tracking-Secret";
    static final String SECRET_DOC = "The tracking secret of the organization's approved application";

    /** The multipart part that carries the official letter (a PDF). */
    static final String LETTER_PART = "letter";

    private final RegistrationService registrations;
    private final FormBody forms;
    private final FormPosts posts;
    private final FormRetries retries;

    /** A page of representatives, as the OpenAPI document names it. */
    @Schema(name = "RepresentativePage")
    public record RepresentativePage(@Schema(required = true) java.util.List<RegistrationViews.Own> items, String nextCursor) {
    }

    public RepresentativeResource(RegistrationService registrations, FormBody forms, FormPosts posts, FormRetries retries) {
        this.registrations = registrations;
        this.forms = forms;
        this.posts = posts;
        this.retries = retries;
    }

    @POST
    @Operation(summary = "Register a representative for a session (accredited organization)", description = "Inside the "
            + "session's registration window (from registrationOpensAt, inclusive, to registrationClosesAt, exclusive; "
            + "para 9 organizations until para9ClosesAt when the session has one) the registration is REQUESTED; after "
            + "the cut-off and before the session opens it is a LATE_REQUEST, which only the secretariat may accept. "
            + "Seats per organization and mode (the session's inPersonSeats and onlineSeats) count the representatives "
            + "REQUESTED, LATE_REQUEST or CONFIRMED. letterId names the official letter uploaded for this session.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegistrationViews.Own.class)), headers = @Header(name = "Location",
            description = "Where the new resource is", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "403", description = "The organization is not (or no longer) accredited", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No application has this secret, or no such session", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Outside the registration window (before it opens, or the session has "
            + "opened), the organization's seats of this mode are taken, or the person is already registered for the session",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "letterId names no letter of the organization for this session", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RequestBody(required = true, description = "As JSON, or as a form post (urlencoded or multipart) with the same "
            + "fields; an empty form field counts as left out. A multipart post may attach the official letter as the "
            + "part " + LETTER_PART + " (a PDF, checked and stored as POST .../letters does, in the same transaction "
            + "as the registration) and then leaves letterId out. A form's hidden honeypot field ("
            + FormPosts.HONEYPOT + ") must stay empty; a form may carry its Idempotency-Key in the hidden field "
            + FormRetries.FIELD + ".", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RepresentativeRequest.class)),
            @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED, schema = @Schema(implementation = RepresentativeRequest.class)),
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = RepresentativeRequest.class))})
    @Extension(name = "x-form-files", value = LETTER_PART + "(letterId): The official letter that lists the person (PDF, at most "
            + "accredit.registration.letter-max-bytes and accredit.forms.max-file-part); then leave letterId out")
    @APIResponse(responseCode = "303", description = "A form post whose Accept header prefers text/html (a browser): see "
            + "the thank-you page (accredit.forms.thank-you-url); also the answer, with nothing stored, to a post whose "
            + "honeypot field is filled", headers = @Header(name = "Location", description = "The thank-you page",
            schema = @Schema(type = SchemaType.STRING, format = "uri-reference")))
    @APIResponse(responseCode = "413", description = "The body, or the letter part, is too large", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@PathParam("sessionId") UUID sessionId,
            @HeaderParam(SECRET) @Parameter(required = true, description = SECRET_DOC) String secret,
            RepresentativeRequest request, UriInfo uri) {
        Representative r = registrations.register(secret, sessionId, request);
        return created(r, sessionId, uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(hidden = true) // documented with register
    public Response registerForm(@PathParam("sessionId") UUID sessionId, @HeaderParam(SECRET) String secret,
            byte[] form, UriInfo uri, @jakarta.ws.rs.core.Context HttpHeaders headers) {
        Map<String, List<String>> fields = posts.fields(form);
        if (FormPosts.honeypot(fields)) {
            return posts.discarded();
        }
        return retries.once(headers, "/api/v1/sessions/" + sessionId + "/representatives", "secret:" + secret, fields,
                Map.of(), () -> {
                    Representative r = registrations.register(secret, sessionId,
                            forms.read(fields, RepresentativeRequest.class, Set.of(FormPosts.HONEYPOT, FormRetries.FIELD)));
                    return FormPosts.browser(headers) ? posts.thanks(null) : created(r, sessionId, uri);
                });
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(hidden = true) // documented with register
    public Response registerMultipart(@PathParam("sessionId") UUID sessionId, @HeaderParam(SECRET) String secret,
            MultipartFormDataInput input, UriInfo uri, @jakarta.ws.rs.core.Context HttpHeaders headers) {
        Map<String, List<String>> fields = FormPosts.fields(input, Set.of(LETTER_PART));
        if (FormPosts.honeypot(fields)) {
            return posts.discarded();
        }
        byte[] letter = posts.file(input, LETTER_PART);
        return retries.once(headers, "/api/v1/sessions/" + sessionId + "/representatives", "secret:" + secret, fields,
                letter == null ? Map.of() : Map.of(LETTER_PART, letter), () -> {
                    RepresentativeRequest request = forms.read(fields, RepresentativeRequest.class,
                            Set.of(FormPosts.HONEYPOT, FormRetries.FIELD));
                    Representative r = letter == null ? registrations.register(secret, sessionId, request)
                            : registrations.registerWithLetter(secret, sessionId, request, letter);
                    return FormPosts.browser(headers) ? posts.thanks(null) : created(r, sessionId, uri);
                });
    }

    private Response created(Representative r, UUID sessionId, UriInfo uri) {
        return Response.created(uri.getAbsolutePathBuilder().path(r.id().toString()).build())
                .entity(RegistrationViews.Own.of(r, registrations.session(sessionId))).build();
    }

    @GET
    @Operation(summary = "List your representatives for a session (accredited organization)", description = "In "
            + "registration order, every status; pass nextCursor as cursor for the next page.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RepresentativePage.class)))
    @APIResponse(responseCode = "403", description = "The organization is not (or no longer) accredited", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<RegistrationViews.Own> list(@PathParam("sessionId") UUID sessionId,
            @HeaderParam(SECRET) @Parameter(required = true, description = SECRET_DOC) String secret,
            @BeanParam PageRequest page) {
        Page<Representative> found = registrations.own(secret, sessionId, page);
        Session session = registrations.session(sessionId);
        return found.map(r -> RegistrationViews.Own.of(r, session));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one of your representatives for a session (accredited organization)")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegistrationViews.Own.class)))
    @APIResponse(responseCode = "403", description = "The organization is not (or no longer) accredited", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RegistrationViews.Own get(@PathParam("sessionId") UUID sessionId, @PathParam("id") UUID id,
            @HeaderParam(SECRET) @Parameter(required = true, description = SECRET_DOC) String secret) {
        return RegistrationViews.Own.of(registrations.ownOne(secret, sessionId, id), registrations.session(sessionId));
    }

    @POST
    @Path("{id}/withdrawal")
    @Operation(summary = "Withdraw one of your representatives (accredited organization)", description = "Until the "
            + "session opens; the seat is free again.")
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegistrationViews.Own.class)))
    @APIResponse(responseCode = "403", description = "The organization is not (or no longer) accredited", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The session has opened, or the registration was refused, withdrawn or replaced already", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RegistrationViews.Own withdraw(@PathParam("sessionId") UUID sessionId, @PathParam("id") UUID id,
            @HeaderParam(SECRET) @Parameter(required = true, description = SECRET_DOC) String secret) {
        return RegistrationViews.Own.of(registrations.withdraw(secret, sessionId, id), registrations.session(sessionId));
    }

    @POST
    @Path("{id}/replacement")
    @Operation(summary = "Replace one of your representatives by another person (accredited organization)", description =
            "Until the session opens: the representative becomes REPLACED and the person in the body is registered in the "
            + "same step (REQUESTED inside the window, LATE_REQUEST after the cut-off), within the seats of the new "
            + "person's mode. Answers the new registration.")
    @APIResponse(responseCode = "201", description = "The new registration", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegistrationViews.Own.class)), headers = @Header(name = "Location",
            description = "Where the new resource is", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "403", description = "The organization is not (or no longer) accredited", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The session has opened, the registration cannot be replaced in its "
            + "status, the seats of the new mode are taken, or the new person is already registered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "letterId names no letter of the organization for this session", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replace(@PathParam("sessionId") UUID sessionId, @PathParam("id") UUID id,
            @HeaderParam(SECRET) @Parameter(required = true, description = SECRET_DOC) String secret,
            RepresentativeRequest request, UriInfo uri) {
        Representative r = registrations.replace(secret, sessionId, id, request);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/sessions").path(sessionId.toString())
                        .path("representatives").path(r.id().toString()).build())
                .entity(RegistrationViews.Own.of(r, registrations.session(sessionId))).build();
    }
}
