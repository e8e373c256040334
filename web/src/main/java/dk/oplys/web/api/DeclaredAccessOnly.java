package dk.oplys.web.api;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;

/**
 * Deny by default: a resource method that declares neither @RolesAllowed, @PermitAll nor @DenyAll
 * (on itself or its class) answers 403 to everyone. A unit test also fails the build for one.
 */
@Provider
public class DeclaredAccessOnly implements DynamicFeature {

    @Override
    public void configure(ResourceInfo info, FeatureContext context) {
        if (!declared(info.getResourceMethod()) && !declared(info.getResourceClass())) {
            context.register((jakarta.ws.rs.container.ContainerRequestFilter) request -> request.abortWith(
                    dk.oplys.web.problem.Problem.of(403, "forbidden", "Forbidden", "access is not declared", null, null)
                            .toResponse()));
        }
    }

    public static boolean declared(AnnotatedElement e) {
        return e.isAnnotationPresent(RolesAllowed.class) || e.isAnnotationPresent(PermitAll.class)
                || e.isAnnotationPresent(DenyAll.class);
    }

    public static boolean declared(Method m) {
        return declared((AnnotatedElement) m) || declared(m.getDeclaringClass());
    }
}
