package id.go.bekasikota.koperasi.financing.rest;

import id.go.bekasikota.koperasi.testsupport.RealServersResource;
import id.go.bekasikota.koperasi.testsupport.RegistryProjectionRebuildContract;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Financing's rebuild of its projection of the register (the behaviour is test-support's contract). */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "financing"))
class RegistryProjectionRebuildTests extends RegistryProjectionRebuildContract {

    @Override
    protected String rebuildsPath() {
        return "/api/v1/admin/financing/projections/registry/rebuilds";
    }
}
