package id.go.bekasikota.koperasi.testsupport;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the code snippets of the documentation as they are written, so that what partners copy
 * is what the tests run: a fenced block after a {@code <!-- snippet: NAME -->} marker.
 */
public final class DocumentedSnippets {

    private DocumentedSnippets() {
    }

    /** The fenced block after {@code <!-- snippet: name -->} in the markdown file. */
    public static String block(Path markdown, String name) {
        try {
            String text = Files.readString(markdown);
            Matcher m = Pattern.compile("<!-- snippet: " + Pattern.quote(name) + " -->\\s*```[a-z]*\\n(.*?)\\n```", Pattern.DOTALL).matcher(text);
            if (!m.find()) {
                throw new IllegalStateException("No snippet " + name + " in " + markdown);
            }
            return m.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles a Java snippet (one public top-level class) with the JDK's compiler and loads the class. */
    public static Class<?> compileJava(String source, String className) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("No Java compiler: the tests need a JDK");
        }
        try {
            Path dir = Files.createTempDirectory("snippet-");
            Path file = dir.resolve(className + ".java");
            Files.writeString(file, source);
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            int status = compiler.run(null, null, errors, "-d", dir.toString(), file.toString());
            if (status != 0) {
                throw new IllegalStateException("The snippet does not compile:\n" + errors.toString(StandardCharsets.UTF_8));
            }
            return new URLClassLoader(new URL[]{dir.toUri().toURL()}, DocumentedSnippets.class.getClassLoader()).loadClass(className);
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a script with {@code node} (on the PATH), the input on stdin; returns stdout. Fails on a non-zero exit. */
    public static String runNode(String script, String input) {
        try {
            Path file = Files.createTempFile("snippet-", ".js");
            Files.writeString(file, script);
            Process process = new ProcessBuilder("node", file.toString()).redirectErrorStream(false).start();
            process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            byte[] err = process.getErrorStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("node failed: " + new String(err, StandardCharsets.UTF_8));
            }
            Files.deleteIfExists(file);
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("node could not run (Node.js 18+ must be on the PATH)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
