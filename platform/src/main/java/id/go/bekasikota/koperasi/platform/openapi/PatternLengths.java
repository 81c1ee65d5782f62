package id.go.bekasikota.koperasi.platform.openapi;

import java.util.OptionalInt;

/**
 * The longest text a regular expression can match, read from the expression itself: a {@code @Pattern}
 * that Bean Validation enforces bounds its string as surely as a {@code @Size} does ({@code \d{6,20}}: 20,
 * {@code 3275(0[1-9]|1[0-2])}: 6). Empty when the expression repeats without an upper bound ({@code *},
 * {@code +}, <code>{n,}</code>) or uses a back-reference; then nothing is declared.
 */
final class PatternLengths {

    private static final int UNBOUNDED = -1;

    private final String regex;
    private int at;

    private PatternLengths(String regex) {
        this.regex = regex;
    }

    static OptionalInt longest(String regex) {
        try {
            PatternLengths reader = new PatternLengths(regex);
            int longest = reader.alternatives();
            return longest == UNBOUNDED || reader.at != regex.length() ? OptionalInt.empty() : OptionalInt.of(longest);
        } catch (RuntimeException unreadable) {
            return OptionalInt.empty();
        }
    }

    /** {@code a|b|c} up to the end or a closing parenthesis: the longest branch. */
    private int alternatives() {
        int longest = sequence();
        while (at < regex.length() && regex.charAt(at) == '|') {
            at++;
            longest = max(longest, sequence());
        }
        return longest;
    }

    private int sequence() {
        int total = 0;
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
            int atom = atom();
            int times = quantifier();
            total = add(total, times == UNBOUNDED ? (atom == 0 ? 0 : UNBOUNDED) : multiply(atom, times));
        }
        return total;
    }

    private int atom() {
        char c = regex.charAt(at++);
        switch (c) {
            case '^', '$' -> {
                return 0;
            }
            case '(' -> {
                boolean zeroWidth = false;
                if (regex.startsWith("?", at)) {
                    if (regex.startsWith("?:", at)) {
                        at += 2;
                    } else if (regex.startsWith("?=", at) || regex.startsWith("?!", at)) {
                        at += 2;
                        zeroWidth = true;
                    } else if (regex.startsWith("?<=", at) || regex.startsWith("?<!", at)) {
                        at += 3;
                        zeroWidth = true;
                    } else if (regex.startsWith("?<", at)) {
                        at = regex.indexOf('>', at) + 1;
                    } else {
                        throw new IllegalArgumentException("group flags");
                    }
                }
                int inner = alternatives();
                expect(')');
                return zeroWidth ? 0 : inner;
            }
            case '[' -> {
                characterClass();
                return 1;
            }
            case '\\' -> {
                return escape();
            }
            default -> {
                return 1;
            }
        }
    }

    /** After {@code [}: up to its closing {@code ]}, nested classes included; one character. */
    private void characterClass() {
        if (regex.startsWith("^", at)) {
            at++;
        }
        if (regex.startsWith("]", at)) {
            at++;
        }
        while (regex.charAt(at) != ']') {
            char c = regex.charAt(at++);
            if (c == '\\') {
                escape();
            } else if (c == '[') {
                characterClass();
            }
        }
        at++;
    }

    /** After a backslash: the length it matches. */
    private int escape() {
        char c = regex.charAt(at++);
        if (Character.isDigit(c) || c == 'k') {
            throw new IllegalArgumentException("back-reference");
        }
        if (c == 'Q') {
            int end = regex.indexOf("\\E", at);
            int length = (end < 0 ? regex.length() : end) - at;
            at = end < 0 ? regex.length() : end + 2;
            return length;
        }
        if ((c == 'p' || c == 'P') && regex.startsWith("{", at)) {
            at = regex.indexOf('}', at) + 1;
        } else if (c == 'x' && regex.startsWith("{", at)) {
            at = regex.indexOf('}', at) + 1;
        } else if (c == 'x') {
            at += 2;
        } else if (c == 'u') {
            at += 4;
        }
        return "bBAzZG".indexOf(c) >= 0 ? 0 : c == 'R' ? 2 : 1;
    }

    /** How many times the atom before may occur at most: 1 without a quantifier. */
    private int quantifier() {
        if (at >= regex.length()) {
            return 1;
        }
        int times;
        char c = regex.charAt(at);
        if (c == '?') {
            at++;
            times = 1;
        } else if (c == '*' || c == '+') {
            at++;
            times = UNBOUNDED;
        } else if (c == '{') {
            int end = regex.indexOf('}', at);
            String bounds = regex.substring(at + 1, end);
            at = end + 1;
            int comma = bounds.indexOf(',');
            times = comma < 0 ? Integer.parseInt(bounds.trim())
                    : comma == bounds.length() - 1 ? UNBOUNDED : Integer.parseInt(bounds.substring(comma + 1).trim());
        } else {
            return 1;
        }
        if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
            at++;
        }
        return times;
    }

    private void expect(char c) {
        if (regex.charAt(at++) != c) {
            throw new IllegalArgumentException("expected " + c);
        }
    }

    private static int max(int a, int b) {
        return a == UNBOUNDED || b == UNBOUNDED ? UNBOUNDED : Math.max(a, b);
    }

    private static int add(int a, int b) {
        return a == UNBOUNDED || b == UNBOUNDED ? UNBOUNDED : Math.addExact(a, b);
    }

    private static int multiply(int a, int times) {
        return a == UNBOUNDED ? UNBOUNDED : Math.multiplyExact(a, times);
    }
}
