package id.perpustakaan.jembatan.model;

/**
 * A value someone else chose (a file name, an account name typed at sign-in, a URL) as it may appear in a log
 * line: control characters are shown escaped, so a CR or LF in it cannot start a forged line, and a long value is
 * cut so it cannot flood the log.
 */
public final class LoggedText {

    private static final int MAX_LENGTH = 300;

    private LoggedText() {
    }

    public static String of(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_LENGTH) + 8);
        for (int i = 0; i < value.length() && out.length() < MAX_LENGTH; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        if (out.length() >= MAX_LENGTH && value.length() > MAX_LENGTH) {
            out.append("…");
        }
        return out.toString();
    }
}
