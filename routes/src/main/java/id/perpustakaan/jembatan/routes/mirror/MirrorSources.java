package id.perpustakaan.jembatan.routes.mirror;

import id.perpustakaan.jembatan.model.SourceDefinition;
import id.perpustakaan.jembatan.model.SourceSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code mode} of a source that takes files: {@code drop} (files are handed over and move to {@code .done/} or
 * {@code .failed/}) or {@code mirror} (the folder is the agency's published set: a removed file is withdrawn, a moved
 * one keeps its document), and the mirror's own options.
 */
public final class MirrorSources {

    public static final String MODE = "mode";
    public static final String DROP = "drop";
    public static final String MIRROR = "mirror";
    /** The share of a source's documents one look may withdraw; more looks like an unmounted folder. */
    public static final String MAX_WITHDRAWAL_PERCENT = "mirror-max-withdrawal-percent";
    static final int DEFAULT_MAX_WITHDRAWAL_PERCENT = 50;
    /** New and changed files taken in one look: the look after takes more, and notices removals in between. */
    public static final int MAX_TAKES_PER_LOOK = 500;
    /** More files than this in one mirrored folder are refused: its listing is held in memory. */
    public static final int MAX_FILES = 100_000;
    /** How deep a look goes: files in at most this many folders, the mirrored one included, are documents. */
    public static final int MAX_DEPTH = 16;

    private MirrorSources() {
    }

    public static boolean mirrored(SourceDefinition source) {
        return MIRROR.equals(source.option(MODE, DROP).strip());
    }

    public static int maxWithdrawalPercent(SourceDefinition source) {
        return source.numberOption(MAX_WITHDRAWAL_PERCENT, DEFAULT_MAX_WITHDRAWAL_PERCENT);
    }

    /** What is wrong with the mode options of a source, in the words of the sources file's other checks. */
    public static List<String> check(SourceDefinition source, int index) {
        List<String> problems = new ArrayList<>();
        String mode = source.option(MODE, DROP).strip();
        if (!DROP.equals(mode) && !MIRROR.equals(mode)) {
            problems.add(SourceSettings.problem(source.id(), index, "options." + MODE, "'" + mode + "' is not a mode",
                    "write 'drop' (files handed over move to .done/) or 'mirror' (the folder is the agency's"
                            + " published set: removed files are withdrawn)"));
        }
        int percent = maxWithdrawalPercent(source);
        if (percent < 1 || percent > 100) {
            problems.add(SourceSettings.problem(source.id(), index, "options." + MAX_WITHDRAWAL_PERCENT,
                    "'" + source.option(MAX_WITHDRAWAL_PERCENT, "") + "' is not a percentage from 1 to 100",
                    "write e.g. 50: a look that would withdraw more of the source's documents withdraws none"));
        }
        return problems;
    }
}
