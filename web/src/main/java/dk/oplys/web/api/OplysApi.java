package dk.oplys.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API: public catalogue and sign-up under /api/public, everything else needs a login. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Oplys API", version = "1",
        description = "Enrolment for Danish evening schools. Errors are application/problem+json with a stable code."))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class OplysApi extends Application {
}
