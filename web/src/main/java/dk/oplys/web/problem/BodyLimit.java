package dk.oplys.web.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over 64 KiB before anything reads them: by the declared length at once,
 * and by counting for chunked bodies. Nothing is written for a refused request.
 */
@Provider
@PreMatching
public class BodyLimit implements ContainerRequestFilter {

    public static final int MAX_BYTES = 64 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BYTES) {
            throw new WebApplicationException(Problem.of(413, "body-too-large", "Request body too large",
                    "the request body is larger than " + MAX_BYTES + " bytes", null, null).toResponse());
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Counting(request.getEntityStream()));
        }
    }

    private static final class Counting extends FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && ++count > MAX_BYTES) {
                throw new BodyTooLargeException();
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0 && (count += n) > MAX_BYTES) {
                throw new BodyTooLargeException();
            }
            return n;
        }
    }
}
