package dk.oplys.web.problem;

import java.io.IOException;

/** The request body passed {@link BodyLimit#MAX_BYTES}. */
public class BodyTooLargeException extends IOException {
    public BodyTooLargeException() {
        super("request body too large");
    }
}
