package cn.rxzf.portal.web;

import io.javalin.http.Context;
import java.util.List;

/**
 * The address a request came from. {@code X-Forwarded-For} is believed only when the direct peer is a configured
 * proxy, and then its right-most entry that is not itself a proxy is taken (a client can prepend anything it likes).
 */
public final class ClientAddress {
    private final List<String> trustedProxies;

    public ClientAddress(List<String> trustedProxies) {
        this.trustedProxies = List.copyOf(trustedProxies);
    }

    public String of(Context ctx) {
        String peer = ctx.req().getRemoteAddr();
        if (!trustedProxies.contains(peer)) return peer;
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null || forwarded.length() > 1000) return peer;
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) return hop;
        }
        return peer;
    }
}
