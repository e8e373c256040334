package dk.oplys.web.problem;

import dk.oplys.core.application.DomainException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where failures become answers. Domain rejections keep their code; validation and
 * unreadable bodies become 400; access becomes 401/403; anything unexpected becomes a 500 with a
 * correlation id and no detail. Exception messages are never copied into answers or logs, since
 * a driver or parser message can quote the input.
 */
@Provider
public class Problems implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(Problems.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        return toProblem(unwrap(thrown)).toResponse();
    }

    static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while (current instanceof EJBException && !(current instanceof EJBAccessException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    public static Problem toProblem(Throwable t) {
        if (t instanceof DomainException d) {
            int status = switch (d.code().kind()) {
                case NOT_FOUND -> 404;
                case INVALID -> 400;
                case CONFLICT -> 409;
                case FORBIDDEN -> 403;
            };
            return Problem.of(status, d.code().slug(), title(status), d.getMessage(), d.field(), null);
        }
        if (t instanceof ConstraintViolationException cve) {
            List<Problem.FieldError> errors = new ArrayList<>();
            for (ConstraintViolation<?> v : cve.getConstraintViolations()) {
                errors.add(new Problem.FieldError(fieldName(v), v.getMessage()));
            }
            errors.sort(Comparator.comparing(Problem.FieldError::field));
            return Problem.of(400, "validation-failed", "Invalid input", "some fields are missing or invalid",
                    errors.isEmpty() ? null : errors.get(0).field(), errors);
        }
        if (t instanceof BodyTooLargeException) {
            return Problem.of(413, "body-too-large", "Request body too large",
                    "the request body is larger than " + BodyLimit.MAX_BYTES + " bytes", null, null);
        }
        if (t instanceof JsonbException || t instanceof ProcessingException
                || t instanceof jakarta.ws.rs.BadRequestException && t.getCause() instanceof JsonbException) {
            return Problem.of(400, "unreadable-body", "Unreadable request body",
                    "the body is not JSON of the expected shape: check for unknown properties, wrong value types "
                            + "or values outside the allowed lists", null, null);
        }
        if (t instanceof EJBAccessException) {
            return Problem.of(403, "forbidden", title(403), "your role does not allow this", null, null);
        }
        if (t instanceof NotAllowedException) {
            return Problem.of(405, "method-not-allowed", title(405), "this method is not allowed here", null, null);
        }
        if (t instanceof WebApplicationException w && w.getResponse().getEntity() instanceof Problem p) {
            return p;
        }
        if (t instanceof jakarta.ws.rs.NotFoundException && t.getCause() != null) {
            // JAX-RS answers 404 for a query or path parameter it cannot convert (an unknown enum value):
            // the resource exists, the parameter is wrong.
            return Problem.of(400, "invalid-parameter", "Bad Request",
                    "a query or path parameter has a value outside its allowed form or list", null, null);
        }
        if (t instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            if (status == 400 && w.getCause() != null) {
                return Problem.of(400, "unreadable-body", "Unreadable request body",
                        "the body or a parameter could not be read", null, null);
            }
            if (status < 500) {
                return Problem.of(status, slug(status), title(status), title(status).toLowerCase(), null, null);
            }
        }
        Problem p = Problem.of(500, "internal-error", title(500),
                "something went wrong on our side; quote the correlation id if you contact us", null, null);
        LOG.log(Level.SEVERE, "Unhandled failure, correlation id {0}: {1}", new Object[] {p.correlationId(), chain(t)});
        return p;
    }

    /** The chain of exception classes and origins, without messages (they may quote input). */
    private static String chain(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            sb.append(c.getClass().getName());
            StackTraceElement[] st = c.getStackTrace();
            if (st.length > 0) {
                sb.append(" at ").append(st[0]);
            }
            sb.append(c.getCause() != null ? " <- " : "");
        }
        return sb.toString();
    }

    /** The property path without the method and parameter nodes of method validation. */
    private static String fieldName(ConstraintViolation<?> v) {
        StringBuilder sb = new StringBuilder();
        for (jakarta.validation.Path.Node node : v.getPropertyPath()) {
            var kind = node.getKind();
            if (kind == jakarta.validation.ElementKind.METHOD || kind == jakarta.validation.ElementKind.PARAMETER) {
                continue;
            }
            if (node.isInIterable() && sb.length() > 0) {
                sb.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() != null && kind != jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                sb.append(sb.length() > 0 ? "." : "").append(node.getName());
            }
        }
        return sb.length() == 0 ? "body" : sb.toString();
    }

    private static String slug(int status) {
        return switch (status) {
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "body-too-large";
            case 415 -> "unsupported-media-type";
            default -> "bad-request";
        };
    }

    private static String title(int status) {
        Response.Status s = Response.Status.fromStatusCode(status);
        return s == null ? "Error" : s.getReasonPhrase();
    }
}
