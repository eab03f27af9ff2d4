package com.byoconboard.api;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} on POSTs that create something: the first answer is stored per caller and key, and a
 * repeat of the same request gets that answer again without creating anything; the same key with another
 * request is refused.
 */
@Component
class Idempotency {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate transaction;

    Idempotency(JdbcClient jdbc, JsonMapper json, Clock clock, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.transaction = transaction;
    }

    /**
     * The answer of {@code create}, or the stored one when {@code key} was used before by {@code caller}.
     *
     * @param request what identifies the request besides the key: its path and body
     */
    ResponseEntity<?> once(String caller, String key, String request, Supplier<ResponseEntity<?>> create) {
        if (key == null || key.isBlank()) {
            return create.get();
        }
        String fingerprint = sha256(request);
        // Creating and remembering in one transaction: a failed creation stores nothing, and a concurrent
        // repeat either waits for the row or fails on its primary key instead of creating a second time.
        return transaction.execute(status -> stored(caller, key).<ResponseEntity<?>>map(row -> {
            if (!row.fingerprint().equals(fingerprint)) {
                throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused");
            }
            return row.answer();
        }).orElseGet(() -> {
            var answer = create.get();
            String location = Optional.ofNullable(answer.getHeaders().getLocation()).map(Object::toString).orElse("");
            jdbc.sql("""
                            insert into api_idempotency (caller, idempotency_key, fingerprint, status, location, body, created_at)
                            values (:caller, :key, :fingerprint, :status, :location, :body, :at)""")
                    .param("caller", caller).param("key", key).param("fingerprint", fingerprint)
                    .param("status", answer.getStatusCode().value()).param("location", location)
                    .param("body", json.writeValueAsString(answer.getBody()))
                    .param("at", Timestamp.from(clock.instant()))
                    .update();
            return answer;
        }));
    }

    private Optional<Row> stored(String caller, String key) {
        return jdbc.sql("select fingerprint, status, location, body from api_idempotency where caller = :caller and idempotency_key = :key")
                .param("caller", caller).param("key", key)
                .query((rs, n) -> new Row(rs.getString("fingerprint"), rs.getInt("status"), rs.getString("location"),
                        rs.getString("body")))
                .optional();
    }

    private record Row(String fingerprint, int status, String location, String body) {
        ResponseEntity<String> answer() {
            var builder = ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                    .header("Idempotent-Replayed", "true");
            if (!location.isEmpty()) {
                builder.header(HttpHeaders.LOCATION, location);
            }
            return builder.body(body);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
