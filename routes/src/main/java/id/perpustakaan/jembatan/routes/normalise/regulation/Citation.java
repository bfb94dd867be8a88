package id.perpustakaan.jembatan.routes.normalise.regulation;

/** One regulation named by kind, number and year, as another regulation or a header names it. */
record Citation(Jenis jenis, String nomor, Integer tahun) {

    /**
     * "UU 7/1971", "Perda 3/2019"; a number that already ends in its year (Surat Edaran 800/123/Disdik/2024) is not
     * given the year twice, and a citation without a year is the kind and number alone.
     */
    @Override
    public String toString() {
        String cited = jenis.label() + " " + nomor;
        if (tahun == null || nomor.endsWith("/" + tahun)) {
            return cited;
        }
        return cited + "/" + tahun;
    }
}
