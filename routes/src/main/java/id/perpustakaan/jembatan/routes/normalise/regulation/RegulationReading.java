package id.perpustakaan.jembatan.routes.normalise.regulation;

import id.perpustakaan.jembatan.model.Regulation;

/**
 * What a regulation's text says about it: its fields, and the title to show (the document's own when it is
 * better, else one built from the fields).
 */
public record RegulationReading(Regulation regulation, String title) {
}
