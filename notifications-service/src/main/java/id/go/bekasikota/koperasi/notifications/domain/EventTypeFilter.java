package id.go.bekasikota.koperasi.notifications.domain;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The event types a subscription takes: CloudEvents types, each exact
 * ({@code id.go.bekasikota.financing.loan-application.state-changed.v1}) or a prefix ending in
 * {@code .*} ({@code id.go.bekasikota.registry.cooperative.*}). Nothing is listed here: a type the
 * suite adds later (the registry's report-due reminders) is taken by the same rules.
 */
public final class EventTypeFilter {

    public static final int MAX_TYPES = 50;
    private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)*(\\.\\*)?");

    private EventTypeFilter() {
    }

    /** Whether one listed type is well formed. */
    public static boolean valid(String type) {
        return type != null && type.length() <= 200 && FORM.matcher(type).matches();
    }

    public static boolean matches(List<String> types, String eventType) {
        for (String type : types) {
            if (type.endsWith(".*") ? eventType.startsWith(type.substring(0, type.length() - 1)) : type.equals(eventType)) {
                return true;
            }
        }
        return false;
    }

    static String join(List<String> types) {
        return String.join(" ", types);
    }

    static List<String> split(String stored) {
        return stored == null || stored.isBlank() ? List.of() : Arrays.asList(stored.split(" "));
    }
}
