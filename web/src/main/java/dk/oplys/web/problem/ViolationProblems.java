package dk.oplys.web.problem;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures raised by an EJB's parameter constraints reach JAX-RS as a
 * {@link ValidationException}, for which RESTEasy has a built-in mapper answering text/plain. This more
 * specific mapper answers them as problem+json like every other error.
 */
@Provider
public class ViolationProblems implements ExceptionMapper<ValidationException> {

    @Override
    public Response toResponse(ValidationException thrown) {
        return Problems.toProblem(thrown).toResponse();
    }
}
