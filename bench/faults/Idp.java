// Stand-in identity provider for the fault suite (bench/faults/run.sh). Single file, no dependencies:
//   java bench/faults/Idp.java <port>
// Serves OpenID Connect discovery and the JWKS of a fresh RSA key under http://127.0.0.1:<port>/realms/accredit,
// as src/test/java/org/accredit/support/OidcTokens.java does for the tests, and mints RS256 tokens for the
// harness on GET /realms/accredit/mint?sub=<subject>&roles=<role,role>&ttl=<seconds> (audience "accredit",
// roles in realm_access.roles, issuer = its own URL). Loopback only; a test harness, not an identity provider.
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

public class Idp {
    static final String KEY_ID = "faults-key";

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        String issuer = "http://127.0.0.1:" + port + "/realms/accredit";
        String discovery = """
                {"issuer":"%s","jwks_uri":"%s/protocol/openid-connect/certs",
                 "token_endpoint":"%s/protocol/openid-connect/token",
                 "id_token_signing_alg_values_supported":["RS256"]}
                """.formatted(issuer, issuer, issuer);
        RSAPublicKey pub = (RSAPublicKey) pair.getPublic();
        String jwks = """
                {"keys":[{"kty":"RSA","kid":"%s","use":"sig","alg":"RS256","n":"%s","e":"%s"}]}
                """.formatted(KEY_ID, b64(pub.getModulus()), b64(pub.getPublicExponent()));
        server.createContext("/realms/accredit/.well-known/openid-configuration", ex -> send(ex, "application/json", discovery));
        server.createContext("/realms/accredit/protocol/openid-connect/certs", ex -> send(ex, "application/json", jwks));
        server.createContext("/realms/accredit/mint", ex -> {
            Map<String, String> q = query(ex.getRequestURI().getRawQuery());
            String sub = q.getOrDefault("sub", "faults-admin");
            StringBuilder roles = new StringBuilder();
            for (String r : q.getOrDefault("roles", "").split(",")) {
                if (!r.isBlank()) {
                    roles.append(roles.length() == 0 ? "" : ",").append('"').append(r.trim()).append('"');
                }
            }
            long now = Instant.now().getEpochSecond();
            long ttl = Long.parseLong(q.getOrDefault("ttl", "3600"));
            String claims = """
                    {"iss":"%s","sub":"%s","preferred_username":"%s","aud":"accredit","iat":%d,"exp":%d,"realm_access":{"roles":[%s]}}
                    """.formatted(issuer, sub, sub, now, now + ttl, roles).trim();
            try {
                send(ex, "text/plain", sign(claims, pair));
            } catch (Exception e) {
                ex.sendResponseHeaders(500, -1);
                ex.close();
            }
        });
        server.start();
        System.out.println("IDP " + issuer);
    }

    static String sign(String claims, KeyPair pair) throws Exception {
        Base64.Encoder u = Base64.getUrlEncoder().withoutPadding();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + KEY_ID + "\"}";
        String input = u.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + u.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(pair.getPrivate());
        s.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + u.encodeToString(s.sign());
    }

    static Map<String, String> query(String raw) {
        Map<String, String> m = new HashMap<>();
        if (raw != null) {
            for (String p : raw.split("&")) {
                int i = p.indexOf('=');
                if (i > 0) {
                    m.put(URLDecoder.decode(p.substring(0, i), StandardCharsets.UTF_8),
                            URLDecoder.decode(p.substring(i + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return m;
    }

    static String b64(BigInteger v) {
        byte[] b = v.toByteArray();
        if (b.length > 1 && b[0] == 0) {
            b = Arrays.copyOfRange(b, 1, b.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static void send(HttpExchange ex, String type, String body) throws java.io.IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
