package id.perpustakaan.jembatan.routes.normalise.dedup;

/**
 * The SplitMix64 finaliser and seed sequence (Steele, Lea and Flood, 2014).
 *
 * <p>Fingerprints are compared across JVM runs and machines, so every hash behind them must be fixed
 * arithmetic: no {@code String.hashCode}, no {@code Random} whose algorithm a JDK may change, no salt.
 * {@link #mix} is a bijection on 64-bit values that spreads every input bit over the output, which makes
 * {@code mix(x ^ seed)} a good stand-in for a random permutation per seed.
 */
final class SplitMix64 {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private SplitMix64() {
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static long[] sequence(long seed, int count) {
        long[] values = new long[count];
        long state = seed;
        for (int i = 0; i < count; i++) {
            state += GOLDEN_GAMMA;
            values[i] = mix(state);
        }
        return values;
    }
}
