package org.accredit.ratelimit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.SmallRyeConfigBuilder;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void ipv4IsCountedByAddressAndIpv6ByItsSlash64() {
        assertEquals("203.0.113.7", ClientAddress.key("203.0.113.7"));
        assertEquals(ClientAddress.key("2001:db8:1:2::1"), ClientAddress.key("2001:db8:1:2:ffff:ffff:ffff:fffe"));
        assertTrue(!ClientAddress.key("2001:db8:1:2::1").equals(ClientAddress.key("2001:db8:1:3::1")));
    }

    @Test
    void forwardingWithoutTrustedProxiesStopsTheStart() {
        ClientAddress guard = new ClientAddress();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> guard.refuseUntrustedForwarding(null, config(ClientAddress.FORWARDING, "true")));
        assertTrue(e.getMessage().contains("quarkus.http.proxy.trusted-proxies"), e.getMessage());
        assertDoesNotThrow(() -> guard.refuseUntrustedForwarding(null,
                config(ClientAddress.FORWARDING, "true", ClientAddress.TRUSTED, "10.0.0.5")));
        assertDoesNotThrow(() -> guard.refuseUntrustedForwarding(null, config(ClientAddress.FORWARDING, "false")));
    }

    private static Config config(String... keysAndValues) {
        SmallRyeConfigBuilder b = new SmallRyeConfigBuilder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            b.withDefaultValue(keysAndValues[i], keysAndValues[i + 1]);
        }
        return b.build();
    }
}
