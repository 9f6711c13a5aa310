package dev.quickbite.gateway.deadletter;

import dev.quickbite.gateway.readmodel.KafkaConsumerConfiguration;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.support.KafkaHeaders;

/** Reads the headers the dead-letter recoverer adds, and strips them again for a replay. */
final class DeadLetterHeaders {

    private static final String DLT_PREFIX = "kafka_dlt-";
    private static final int PREVIEW_CHARS = 500;

    private DeadLetterHeaders() {
    }

    static DeadLetter describe(ConsumerRecord<String, byte[]> record) {
        Headers headers = record.headers();
        return new DeadLetter(
                new DeadLetterId(record.topic(), record.partition(), record.offset()),
                record.key(),
                text(headers, KafkaHeaders.DLT_ORIGINAL_TOPIC),
                bytes(headers, KafkaHeaders.DLT_ORIGINAL_PARTITION, 4) == null ? null
                        : ByteBuffer.wrap(bytes(headers, KafkaHeaders.DLT_ORIGINAL_PARTITION, 4)).getInt(),
                bytes(headers, KafkaHeaders.DLT_ORIGINAL_OFFSET, 8) == null ? null
                        : ByteBuffer.wrap(bytes(headers, KafkaHeaders.DLT_ORIGINAL_OFFSET, 8)).getLong(),
                text(headers, KafkaHeaders.DLT_EXCEPTION_MESSAGE),
                attempts(headers),
                Instant.ofEpochMilli(record.timestamp()),
                preview(record.value()));
    }

    static String originTopic(ConsumerRecord<String, byte[]> record, DeadLetterId id) {
        String origin = text(record.headers(), KafkaHeaders.DLT_ORIGINAL_TOPIC);
        return origin != null ? origin : id.sourceTopic();
    }

    /** The original headers: everything except what the dead-letter path added. */
    static Headers originalHeaders(ConsumerRecord<String, byte[]> record) {
        RecordHeaders original = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith(DLT_PREFIX)
                    && !header.key().equals(KafkaConsumerConfiguration.ATTEMPTS_HEADER)) {
                original.add(header);
            }
        }
        return original;
    }

    private static Integer attempts(Headers headers) {
        String value = text(headers, KafkaConsumerConfiguration.ATTEMPTS_HEADER);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Headers headers, String name, int length) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null || header.value().length != length ? null : header.value();
    }

    private static String preview(byte[] value) {
        if (value == null) {
            return null;
        }
        String text = new String(Arrays.copyOf(value, Math.min(value.length, PREVIEW_CHARS * 4)), StandardCharsets.UTF_8);
        return text.length() > PREVIEW_CHARS ? text.substring(0, PREVIEW_CHARS) + "…" : text;
    }
}
