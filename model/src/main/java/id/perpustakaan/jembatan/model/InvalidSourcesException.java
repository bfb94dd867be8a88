package id.perpustakaan.jembatan.model;

import java.util.List;

/** The sources file has mistakes; the message lists each with its source, key and fix. */
public class InvalidSourcesException extends RuntimeException {

    private final List<String> problems;

    public InvalidSourcesException(List<String> problems) {
        super("the sources file has " + problems.size() + " problem(s):\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
