package dev.quickbite.gateway.order;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SHA-256 of the canonical body (fixed field order, no whitespace), so that the same order sent
 * with different formatting or unknown extra fields counts as the same request.
 */
public final class RequestFingerprint {

    private static final ObjectMapper CANONICAL_JSON = new ObjectMapper();

    private RequestFingerprint() {
    }

    public static String of(NewOrder order) {
        Map<String, Object> canonical = new LinkedHashMap<>();
        canonical.put("userId", order.userId());
        canonical.put("sku", order.sku());
        canonical.put("quantity", order.quantity());
        canonical.put("note", order.note());
        try {
            byte[] json = CANONICAL_JSON.writeValueAsBytes(canonical);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint " + order, e);
        }
    }

}
