package dk.oplys.web.api;

import dk.oplys.web.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.WebApplicationException;
import java.util.regex.Pattern;

/** Checks request bodies and headers before any service runs, so a bad request writes nothing. */
@ApplicationScoped
public class Inputs {

    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9_-]{8,100}");

    @Inject
    private Validator validator;

    /** @return the body, if it is present and satisfies its Bean Validation constraints */
    public <T> T valid(T body) {
        if (body == null) {
            throw new WebApplicationException(Problem.of(400, "body-missing", "Bad Request",
                    "a JSON request body is required", null, null).toResponse());
        }
        var violations = validator.validate(body);
        if (!violations.isEmpty()) {
            // Answered here: RESTEasy's own handling of ConstraintViolationException bypasses our mapper.
            throw new WebApplicationException(
                    dk.oplys.web.problem.Problems.toProblem(new ConstraintViolationException(violations)).toResponse());
        }
        return body;
    }

    /** An optional Idempotency-Key header: 8 to 100 letters, digits, '-' or '_'. */
    public String idempotencyKey(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        if (!IDEMPOTENCY_KEY.matcher(header).matches()) {
            throw new WebApplicationException(Problem.of(400, "invalid-idempotency-key", "Bad Request",
                    "Idempotency-Key must be 8 to 100 letters, digits, '-' or '_'", "Idempotency-Key", null).toResponse());
        }
        return header;
    }
}
