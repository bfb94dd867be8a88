package id.perpustakaan.jembatan.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import id.perpustakaan.jembatan.indexer.failures.FailureSearch;
import id.perpustakaan.jembatan.model.DeadLetter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A failed item tried again without a fix fails again; the page shows it once, with its latest failure. */
class FailuresTest {

    private static final Instant FIRST = Instant.parse("2026-11-17T02:00:00Z");

    @Test
    void aRetriedFailureReplacesItsRowAndCountsTheTries() {
        FailureSearch.Entry retried = entry("rahasia.pdf", FIRST.plusSeconds(600));
        FailureSearch.Entry other = entry("kosong.pdf", FIRST.plusSeconds(300));
        FailureSearch.Entry first = entry("rahasia.pdf", FIRST);

        List<Failures.Latest> rows = Failures.latestPerItem(List.of(retried, other, first));

        assertThat(rows).extracting(Failures.Latest::entry).containsExactly(retried, other);
        assertThat(rows).extracting(Failures.Latest::tries).containsExactly(2, 1);
    }

    @Test
    void failuresOfAWholeSourceStaySeparateByReason() {
        FailureSearch.Entry unreachable = new FailureSearch.Entry(new DeadLetter("disdik-web", null, null, null,
                "fetch", "cannot resolve host disdik.example (check the address, or DNS)", null, FIRST), null);
        FailureSearch.Entry robots = new FailureSearch.Entry(new DeadLetter("disdik-web", null, null, null,
                "fetch", "disallowed by robots.txt of disdik.example: /", null, FIRST), null);

        assertThat(Failures.latestPerItem(List.of(unreachable, robots))).hasSize(2);
    }

    private static FailureSearch.Entry entry(String file, Instant at) {
        return new FailureSearch.Entry(new DeadLetter("disdik-inbox", file, file, null, "extract",
                "encrypted (password required)", "sha", at), null);
    }
}
