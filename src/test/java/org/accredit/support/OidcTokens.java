package org.accredit.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for the production identity provider: an HTTP server on a free local port that
 * answers OpenID Connect discovery and the JSON Web Key Set of a fresh RSA key. The service is
 * pointed at it with {@code quarkus.oidc.auth-server-url}, so it discovers the provider, fetches its
 * key and checks issuer, signature and expiry as it does in production. The issuer is that
 * address; the private key reaches the tests through the configuration key {@link #PRIVATE_KEY};
 * {@link #token} makes RS256 tokens with it.
 *
 * <p>For the console's authorization-code flow it also has an authorization endpoint that signs in
 * whoever {@link #nextUser} names without asking (redirects to {@code redirect_uri} with a code and the
 * {@code state} it got), a token endpoint that exchanges such a code, once, for an ID token (audience =
 * the client id, the {@code nonce} it was sent) and an access token carrying the roles in
 * realm_access/roles, checking the client's secret ({@link #CLIENT_SECRET}, HTTP Basic), and an end-session
 * endpoint that records its request ({@link #lastEndSession}) and redirects to {@code post_logout_redirect_uri}.
 */
public class OidcTokens implements QuarkusTestResourceLifecycleManager {

    /** Test-only configuration key that carries the signing key to the tests (base64 PKCS#8). */
    public static final String PRIVATE_KEY = "accredit-test.oidc-private-key";
    static final String KEY_ID = "accredit-test-key";
    /** The audience the service expects by default: its client id (quarkus.oidc.client-id). */
    public static final String AUDIENCE = "accredit";

    /** The console client's secret the token endpoint expects: the test profile's default of ACCREDIT_OIDC_CLIENT_SECRET. */
    public static final String CLIENT_SECRET = "demo-client-secret-not-for-production-0123";

    private static volatile String nextUser = "someone";
    private static volatile String[] nextRoles = {};
    private static volatile Map<String, String> lastEndSession = Map.of();
    private static final Map<String, Grant> CODES = new ConcurrentHashMap<>();

    private record Grant(String user, String[] roles, String clientId, String redirectUri, String nonce) {
    }

    private HttpServer server;
    private String issuer;
    private String privateKey;

    /** Who the authorization endpoint signs in next (until changed), with these realm roles. */
    public static void nextUser(String user, String... roles) {
        nextUser = user;
        nextRoles = roles.clone();
    }

    /** The query parameters of the last request to the end-session endpoint (empty before any). */
    public static Map<String, String> lastEndSession() {
        return lastEndSession;
    }

    @Override
    public Map<String, String> start() {
        try {
            KeyPair pair = newKeyPair();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/accredit";
            privateKey = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
            String discovery = """
                    {"issuer":"%s","jwks_uri":"%s/protocol/openid-connect/certs",
                     "token_endpoint":"%s/protocol/openid-connect/token",
                     "authorization_endpoint":"%s/protocol/openid-connect/auth",
                     "end_session_endpoint":"%s/protocol/openid-connect/logout",
                     "response_types_supported":["code"],
                     "id_token_signing_alg_values_supported":["RS256"]}
                    """.formatted(issuer, issuer, issuer, issuer, issuer);
            RSAPublicKey publicKey = (RSAPublicKey) pair.getPublic();
            String jwks = """
                    {"keys":[{"kty":"RSA","kid":"%s","use":"sig","alg":"RS256","n":"%s","e":"%s"}]}
                    """.formatted(KEY_ID, base64Url(publicKey.getModulus()), base64Url(publicKey.getPublicExponent()));
            server.createContext("/realms/accredit/.well-known/openid-configuration", exchange -> json(exchange, discovery));
            server.createContext("/realms/accredit/protocol/openid-connect/certs", exchange -> json(exchange, jwks));
            server.createContext("/realms/accredit/protocol/openid-connect/auth", this::authorize);
            server.createContext("/realms/accredit/protocol/openid-connect/token", this::exchange);
            server.createContext("/realms/accredit/protocol/openid-connect/logout", OidcTokens::endSession);
            server.start();
            return Map.of("quarkus.oidc.auth-server-url", issuer, PRIVATE_KEY, privateKey);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** The authorization endpoint: signs {@link #nextUser} in at once and sends the browser back with a code. */
    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> q = form(exchange.getRequestURI().getRawQuery());
        String redirect = q.get("redirect_uri");
        if (redirect == null || !"code".equals(q.get("response_type")) || !AUDIENCE.equals(q.get("client_id"))) {
            send(exchange, 400, "text/plain", "invalid_request");
            return;
        }
        String code = UUID.randomUUID().toString();
        CODES.put(code, new Grant(nextUser, nextRoles, q.get("client_id"), redirect, q.get("nonce")));
        String location = redirect + (redirect.contains("?") ? "&" : "?") + "code=" + code
                + (q.containsKey("state") ? "&state=" + URLEncoder.encode(q.get("state"), StandardCharsets.UTF_8) : "");
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    /** The token endpoint: a code of {@link #authorize} (once, same redirect URI, right client secret) for an ID and an access token. */
    private void exchange(HttpExchange exchange) throws IOException {
        Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String basic = exchange.getRequestHeaders().getFirst("Authorization");
        String expected = "Basic " + Base64.getEncoder().encodeToString((AUDIENCE + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        boolean secretInBody = AUDIENCE.equals(body.get("client_id")) && CLIENT_SECRET.equals(body.get("client_secret"));
        if (!expected.equals(basic) && !secretInBody) {
            send(exchange, 401, "application/json", "{\"error\":\"invalid_client\"}");
            return;
        }
        Grant grant = body.get("code") == null ? null : CODES.remove(body.get("code"));
        if (!"authorization_code".equals(body.get("grant_type")) || grant == null
                || !grant.redirectUri().equals(body.get("redirect_uri"))) {
            send(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        long now = Instant.now().getEpochSecond();
        String nonce = grant.nonce() == null ? "" : ",\"nonce\":\"" + grant.nonce() + "\"";
        String idToken = sign("""
                {"iss":"%s","sub":"%s-subject","preferred_username":"%s","aud":"%s","iat":%d,"exp":%d%s}
                """.formatted(issuer, grant.user(), grant.user(), grant.clientId(), now, now + 300, nonce), privateKey);
        String accessToken = token(issuer, grant.user(), realmRoles(grant.roles()), 300, privateKey);
        send(exchange, 200, "application/json", """
                {"access_token":"%s","id_token":"%s","token_type":"Bearer","expires_in":300}
                """.formatted(accessToken, idToken));
    }

    /** The end-session endpoint (RP-initiated logout): remembers the request, redirects to post_logout_redirect_uri. */
    private static void endSession(HttpExchange exchange) throws IOException {
        Map<String, String> q = form(exchange.getRequestURI().getRawQuery());
        lastEndSession = Map.copyOf(q);
        String back = q.get("post_logout_redirect_uri");
        if (back == null) {
            send(exchange, 200, "text/plain", "signed out");
            return;
        }
        exchange.getResponseHeaders().set("Location", back);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            values.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /**
     * A token of {@code issuer} for {@code user}, valid for {@code expiresInSeconds} (negative: expired
     * that long ago), with {@code rolesClaim} as its roles (a JSON member such as
     * {@code "realm_access":{"roles":["reviewer"]}}), signed with {@code privateKey}.
     */
    public static String token(String issuer, String user, String rolesClaim, long expiresInSeconds, String privateKey) {
        return token(issuer, user, user + "-subject", AUDIENCE, rolesClaim, expiresInSeconds, privateKey);
    }

    /**
     * A token as {@link #token(String, String, String, long, String)}, with the subject ({@code sub}) and
     * audience ({@code aud}, none when null) given.
     */
    public static String token(String issuer, String user, String subject, String audience, String rolesClaim,
            long expiresInSeconds, String privateKey) {
        long now = Instant.now().getEpochSecond();
        String aud = audience == null ? "" : "\"aud\":\"" + audience + "\",";
        return sign("""
                {"iss":"%s","sub":"%s","preferred_username":"%s",%s"iat":%d,"exp":%d,%s}
                """.formatted(issuer, subject, user, aud, now, now + expiresInSeconds, rolesClaim), privateKey);
    }

    /** The roles claim of the production default, realm_access/roles. */
    public static String realmRoles(String... roles) {
        StringBuilder list = new StringBuilder();
        for (String role : roles) {
            list.append(list.length() == 0 ? "" : ",").append('"').append(role).append('"');
        }
        return "\"realm_access\":{\"roles\":[" + list + "]}";
    }

    /** A compact JWS (RS256, this provider's key id) of {@code claimsJson}, signed with {@code privateKey}. */
    private static String sign(String claimsJson, String privateKey) {
        try {
            PrivateKey key = KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKey)));
            Base64.Encoder b64url = Base64.getUrlEncoder().withoutPadding();
            String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + KEY_ID + "\"}";
            String signingInput = b64url.encodeToString(header.getBytes(StandardCharsets.UTF_8))
                    + "." + b64url.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8));
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + b64url.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new RSA private key (base64 PKCS#8) that the provider does not know. */
    public static String foreignKey() {
        try {
            return Base64.getEncoder().encodeToString(newKeyPair().getPrivate().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length); // unsigned big-endian, as JWK wants
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
