package id.go.bekasikota.koperasi.systemtests;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The npm tools ({@code tools/<name>}) a test class runs. When a test run starts, {@link NodeToolsInstall}
 * installs the missing ones of every class in the run in the background ({@code npm ci}, one after the other),
 * so that a fresh machine's installs overlap the suites' starts instead of holding up the class that needs
 * them; the class waits in {@link NodeTools#installed} for what is still under way.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface UsesNodeTools {

    /** The tools' directories under {@code tools/}, e.g. {@code spectral}. */
    String[] value();
}
