package org.accredit.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
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
import java.util.Map;

/**
 * A stand-in for the production identity provider: an HTTP server on a free local port that
 * answers OpenID Connect discovery and the JSON Web Key Set of a fresh RSA key. The service is
 * pointed at it with {@code quarkus.oidc.auth-server-url}, so it discovers the provider, fetches its
 * key and checks issuer, signature and expiry as it does in production. The issuer is that
 * address; the private key reaches the tests through the configuration key {@link #PRIVATE_KEY};
 * {@link #token} makes RS256 tokens with it.
 */
public class OidcTokens implements QuarkusTestResourceLifecycleManager {

    /** Test-only configuration key that carries the signing key to the tests (base64 PKCS#8). */
    public static final String PRIVATE_KEY = "accredit-test.oidc-private-key";
    static final String KEY_ID = "accredit-test-key";
    /** The audience the service expects by default: its client id (quarkus.oidc.client-id). */
    public static final String AUDIENCE = "accredit";

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            KeyPair pair = newKeyPair();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            String issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/accredit";
            String discovery = """
                    {"issuer":"%s","jwks_uri":"%s/protocol/openid-connect/certs",
                     "token_endpoint":"%s/protocol/openid-connect/token",
                     "id_token_signing_alg_values_supported":["RS256"]}
                    """.formatted(issuer, issuer, issuer);
            RSAPublicKey publicKey = (RSAPublicKey) pair.getPublic();
            String jwks = """
                    {"keys":[{"kty":"RSA","kid":"%s","use":"sig","alg":"RS256","n":"%s","e":"%s"}]}
                    """.formatted(KEY_ID, base64Url(publicKey.getModulus()), base64Url(publicKey.getPublicExponent()));
            server.createContext("/realms/accredit/.well-known/openid-configuration", exchange -> json(exchange, discovery));
            server.createContext("/realms/accredit/protocol/openid-connect/certs", exchange -> json(exchange, jwks));
            server.start();
            return Map.of("quarkus.oidc.auth-server-url", issuer,
                    PRIVATE_KEY, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
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
