package id.perpustakaan.jembatan.model;

/** A partner agency: a short code used in paths and filters (e.g. {@code diskominfo}) and its display name. */
public record Agency(String code, String name) {
}
