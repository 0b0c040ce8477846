package org.accredit.ratelimit;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HexFormat;
import org.eclipse.microprofile.config.Config;

/**
 * The address a rate limit counts a request against: the TCP peer, or, behind a reverse proxy,
 * the client address the proxy forwards. Quarkus takes a forwarded address ({@code Forwarded} or
 * {@code X-Forwarded-For}) only when {@code quarkus.http.proxy.proxy-address-forwarding} is on, and
 * then only from the peers listed in {@code quarkus.http.proxy.trusted-proxies}: from any other peer
 * the headers are ignored. Forwarding without a list of trusted proxies would let every client name
 * its own address, so that setting stops the start.
 *
 * <p>An IPv6 client is counted by its /64 network: one host usually holds a whole /64 and could
 * otherwise change address at every request.
 */
@ApplicationScoped
public class ClientAddress {

    static final String FORWARDING = "quarkus.http.proxy.proxy-address-forwarding";
    static final String TRUSTED = "quarkus.http.proxy.trusted-proxies";

    /** The key for the peer of {@code request}, after Quarkus applied any trusted forwarding headers. */
    public static String of(HttpServerRequest request) {
        SocketAddress peer = request == null ? null : request.remoteAddress();
        if (peer == null || peer.hostAddress() == null) {
            return "unknown";
        }
        return key(peer.hostAddress());
    }

    static String key(String hostAddress) {
        if (hostAddress.indexOf(':') < 0) {
            return hostAddress;
        }
        try {
            byte[] bytes = InetAddress.getByName(hostAddress.startsWith("[") ? hostAddress.substring(1,
                    hostAddress.length() - 1) : hostAddress).getAddress();
            if (bytes.length == 16) {
                return HexFormat.of().formatHex(Arrays.copyOf(bytes, 8)) + "::/64";
            }
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            return hostAddress;
        }
    }

    void refuseUntrustedForwarding(@Observes StartupEvent start, Config config) {
        boolean forwarding = config.getOptionalValue(FORWARDING, Boolean.class).orElse(false);
        boolean trusted = config.getOptionalValue(TRUSTED, String.class).filter(s -> !s.isBlank()).isPresent();
        if (forwarding && !trusted) {
            throw new IllegalStateException(FORWARDING + " is on but " + TRUSTED + " is not set: every client could "
                    + "name its own address. List the reverse proxies' addresses in " + TRUSTED
                    + " (QUARKUS_HTTP_PROXY_TRUSTED_PROXIES).");
        }
    }
}
