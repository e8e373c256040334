package dk.oplys.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** JSON-B for the API: unknown properties are an error, not silently dropped (no mass assignment). */
@Provider
public class JsonConfig implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .setProperty("jsonb.fail-on-unknown-properties", true)
            .setProperty("yasson.fail-on-unknown-properties", true)
            .withFormatting(false));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
