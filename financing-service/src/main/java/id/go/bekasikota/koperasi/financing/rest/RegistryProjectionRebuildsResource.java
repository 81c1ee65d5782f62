package id.go.bekasikota.koperasi.financing.rest;

import id.go.bekasikota.koperasi.platform.security.Caller;
import id.go.bekasikota.koperasi.projection.rebuild.RegistryProjectionRebuildResource;
import id.go.bekasikota.koperasi.projection.rebuild.RegistryProjectionRebuilds;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The operator's rebuild of financing's projection of the register (written once in registry-projection). */
@Path("/api/v1/admin/financing/projections/registry/rebuilds")
@Tag(name = "Operations", description = "Operator actions: rebuilding the projection of the register")
public class RegistryProjectionRebuildsResource extends RegistryProjectionRebuildResource {

    public RegistryProjectionRebuildsResource(RegistryProjectionRebuilds service, Caller caller) {
        super(service, caller);
    }
}
