package dk.oplys.web.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/**
 * An RFC 9457 problem document. {@code code} is the stable machine-readable error code;
 * {@code correlationId} ties the answer to the server log line, which holds no personal data either.
 */
public record Problem(String type, String title, int status, String detail, String code, String field,
                      List<FieldError> errors, String correlationId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://oplys.dk/problems/";

    /** One rejected input field. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String code, String title, String detail, String field, List<FieldError> errors) {
        return new Problem(TYPE_BASE + code, title, status, detail, code, field, errors == null ? List.of() : errors,
                UUID.randomUUID().toString());
    }

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }
}
