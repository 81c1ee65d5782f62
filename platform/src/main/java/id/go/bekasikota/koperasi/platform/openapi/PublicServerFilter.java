package id.go.bekasikota.koperasi.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import java.util.ArrayList;
import java.util.List;

/**
 * The one server of every document: the gateway, the only public door. {@code koperasi.public-url}
 * ({@code KOPERASI_PUBLIC_URL}, e.g. {@code https://api.koperasi.bekasikota.go.id}) names its public
 * address; by default the server is {@code /}, which OpenAPI reads relative to where the document was
 * fetched: the gateway's {@code /openapi/{service}}, whatever address the reader used (local,
 * staging or production). Runs when the document is served, so a deployment sets it by environment.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUN)
public class PublicServerFilter implements OASFilter {

    static final String PROPERTY = "koperasi.public-url";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        String url = ConfigProvider.getConfig().getOptionalValue(PROPERTY, String.class).orElse("/");
        openAPI.setServers(new ArrayList<>(List.of(server(url))));
    }

    static org.eclipse.microprofile.openapi.models.servers.Server server(String url) {
        String trimmed = url.endsWith("/") && url.length() > 1 ? url.substring(0, url.length() - 1) : url;
        return OASFactory.createServer().url(trimmed)
                .description("/".equals(trimmed)
                        ? "The gateway that serves this document (local, staging or production): paths are relative to it"
                        : "The gateway's public address (production, or the environment that set KOPERASI_PUBLIC_URL)")
                .addExtension("x-internal", false);
    }
}
