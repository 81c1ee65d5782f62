package id.go.bekasikota.koperasi.systemtests;

import id.go.bekasikota.koperasi.systemtests.ApiOperations.Operation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The access policy written by hand ({@code system-tests/access-policy.md}): for each operation and
 * caller, allowed, refused or allowed on the caller's own objects only. The authorization matrix
 * grades the OpenAPI documents and the wire against it, never the code against itself.
 */
final class AccessPolicy {

    static final List<String> CALLERS = List.of("anonymous", "officer", "juror", "partner", "cooperative", "auditor", "system");

    enum Access { YES, NO, OWN }

    private final Map<String, Map<String, Access>> rows;

    private AccessPolicy(Map<String, Map<String, Access>> rows) {
        this.rows = rows;
    }

    /** The table beside the system tests. */
    static AccessPolicy load() {
        Path root = Path.of(System.getProperty("koperasi.suite.root", "..")).toAbsolutePath().normalize();
        try {
            return parse(Files.readAllLines(root.resolve("system-tests/access-policy.md")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the access policy", e);
        }
    }

    static AccessPolicy parse(List<String> lines) {
        Map<String, Map<String, Access>> rows = new LinkedHashMap<>();
        for (String line : lines) {
            if (!line.startsWith("| ") || line.startsWith("| service ")) {
                continue;
            }
            List<String> cells = Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::trim).toList();
            if (cells.size() != 3 + CALLERS.size()) {
                throw new IllegalArgumentException("access policy row with " + cells.size() + " cells: " + line);
            }
            Map<String, Access> access = new LinkedHashMap<>();
            for (int i = 0; i < CALLERS.size(); i++) {
                access.put(CALLERS.get(i), switch (cells.get(3 + i)) {
                    case "yes" -> Access.YES;
                    case "-" -> Access.NO;
                    case "own" -> Access.OWN;
                    default -> throw new IllegalArgumentException("unknown access '" + cells.get(3 + i) + "': " + line);
                });
            }
            if (access.get("anonymous") == Access.OWN) {
                throw new IllegalArgumentException("anonymous callers own nothing: " + line);
            }
            String key = key(cells.get(0), cells.get(1), cells.get(2).replace("`", ""));
            if (rows.put(key, access) != null) {
                throw new IllegalArgumentException("operation listed twice: " + key);
            }
        }
        return new AccessPolicy(rows);
    }

    private static String key(String service, String method, String path) {
        return service + " " + method.toUpperCase() + " " + path;
    }

    int size() {
        return rows.size();
    }

    /** What the table says of this caller on this operation. */
    Access access(Operation op, String caller) {
        Map<String, Access> row = rows.get(key(op.service(), op.method(), op.path()));
        if (row == null) {
            throw new IllegalStateException(op.service() + " " + op.name() + " is not in the access policy");
        }
        return row.get(caller);
    }

    /** The operations whose document disagrees with the table, and the table's rows no document has. */
    List<String> differences(List<Operation> operations) {
        List<String> differences = new ArrayList<>();
        Set<String> documented = new HashSet<>();
        for (Operation op : operations) {
            String key = key(op.service(), op.method(), op.path());
            documented.add(key);
            Map<String, Access> row = rows.get(key);
            if (row == null) {
                differences.add(key + ": in the OpenAPI document, not in the access policy");
                continue;
            }
            boolean publicInTable = row.get("anonymous") == Access.YES;
            if (op.isPublic() != publicInTable) {
                differences.add(key + ": the document says " + (op.isPublic() ? "public" : "secured " + op.roles())
                        + ", the policy " + (publicInTable ? "public" : "secured"));
                continue;
            }
            if (!op.isPublic()) {
                Set<String> allowed = row.entrySet().stream().filter(e -> e.getValue() != Access.NO).map(Map.Entry::getKey)
                        .collect(Collectors.toCollection(TreeSet::new));
                if (!allowed.equals(new TreeSet<>(op.roles()))) {
                    differences.add(key + ": the document allows " + new TreeSet<>(op.roles()) + ", the policy " + allowed);
                }
            }
        }
        rows.keySet().stream().filter(key -> !documented.contains(key))
                .forEach(key -> differences.add(key + ": in the access policy, in no OpenAPI document"));
        return differences;
    }

    /** The operations where {@code role} may act on its own objects only. */
    List<Operation> ownOnly(List<Operation> operations, String role) {
        return operations.stream().filter(op -> rows.containsKey(key(op.service(), op.method(), op.path())))
                .filter(op -> access(op, role) == Access.OWN).toList();
    }
}
