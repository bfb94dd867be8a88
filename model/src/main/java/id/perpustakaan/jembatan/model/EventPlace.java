package id.perpustakaan.jembatan.model;

/**
 * Where an event happens, as far as its source says: a venue's name ("Aula Perpustakaan Kota"), its address, and the
 * kelurahan and kecamatan the agenda groups by. Any part may be null.
 */
public record EventPlace(String name, String address, String kelurahan, String kecamatan) {

    /** A place with only its name. */
    public static EventPlace named(String name) {
        return new EventPlace(name, null, null, null);
    }

    /** Name and address as one line, for a calendar's LOCATION and a page's "Tempat". */
    public String line() {
        StringBuilder line = new StringBuilder();
        for (String part : new String[] {name, address, kelurahan == null ? null : "Kel. " + kelurahan,
                kecamatan == null ? null : "Kec. " + kecamatan}) {
            if (part != null && !part.isBlank() && !line.toString().contains(part)) {
                line.append(line.isEmpty() ? "" : ", ").append(part);
            }
        }
        return line.toString();
    }
}
