package id.perpustakaan.jembatan.routes.records;

import id.perpustakaan.jembatan.connectors.ContentRejectedException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * The rows of an OpenDocument spreadsheet (ODS), read from its {@code content.xml}. POI reads no ODS; Tika's text
 * drops the repetition counts ({@code number-columns-repeated}) with which LibreOffice writes runs of empty cells,
 * which would shift every later value into the wrong column; the ODF toolkit brings an RDF engine and a logging
 * binding of its own. So this reads the few elements a table needs, with a streaming parser that resolves no
 * entity, and stops at {@link #MAX_CONTENT_BYTES}.
 */
final class OpenDocumentSheets {

    static final long MAX_CONTENT_BYTES = 64L * 1024 * 1024;
    /** A run of repeated empty cells or rows is only ever trailing filler: beyond this, the rest is dropped. */
    private static final int MAX_REPEAT = 1_000;
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

    private OpenDocumentSheets() {
    }

    static RecordTable read(InputStream ods, String sheetName) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(ods)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("content.xml")) {
                    return table(BoundedInputStream.builder().setInputStream(zip).setMaxCount(MAX_CONTENT_BYTES)
                            .get(), sheetName);
                }
            }
        }
        throw new ContentRejectedException("records", "not an OpenDocument spreadsheet: it has no content.xml");
    }

    private static RecordTable table(InputStream content, String sheetName) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<String> sheets = new ArrayList<>();
        List<String> columns = null;
        List<RecordTable.Record> rows = new ArrayList<>();
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(content);
            boolean inSheet = false;
            int rowNumber = 0;
            List<String> cells = null;
            StringBuilder cell = null;
            int cellRepeat = 1;
            int rowRepeat = 1;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (TABLE.equals(xml.getNamespaceURI()) && name.equals("table")) {
                        String sheet = xml.getAttributeValue(TABLE, "name");
                        sheets.add(sheet);
                        inSheet = columns == null && rows.isEmpty() && (sheetName == null || sheetName.equals(sheet));
                        rowNumber = 0;
                    } else if (inSheet && TABLE.equals(xml.getNamespaceURI()) && name.equals("table-row")) {
                        cells = new ArrayList<>();
                        rowRepeat = repeat(xml, "number-rows-repeated");
                    } else if (inSheet && cells != null && TABLE.equals(xml.getNamespaceURI())
                            && (name.equals("table-cell") || name.equals("covered-table-cell"))) {
                        cell = new StringBuilder();
                        cellRepeat = repeat(xml, "number-columns-repeated");
                    } else if (cell != null && TEXT.equals(xml.getNamespaceURI()) && name.equals("p")
                            && !cell.isEmpty()) {
                        cell.append('\n');
                    } else if (cell != null && TEXT.equals(xml.getNamespaceURI()) && name.equals("s")) {
                        cell.append(' ');
                    }
                } else if (event == XMLStreamReader.CHARACTERS && cell != null) {
                    cell.append(xml.getText());
                } else if (event == XMLStreamReader.END_ELEMENT && inSheet) {
                    String name = xml.getLocalName();
                    if ((name.equals("table-cell") || name.equals("covered-table-cell")) && cell != null) {
                        for (int i = 0; i < cellRepeat; i++) {
                            cells.add(cell.toString().strip());
                        }
                        cell = null;
                    } else if (name.equals("table-row") && cells != null) {
                        int first = rowNumber + 1;
                        rowNumber += rowRepeat;
                        if (cells.stream().anyMatch(value -> !value.isEmpty())) {
                            if (columns == null) {
                                columns = List.copyOf(cells);
                            } else {
                                rows.add(record(first, columns, cells));
                            }
                        }
                        cells = null;
                    } else if (name.equals("table")) {
                        inSheet = false;
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new ContentRejectedException("records", "not a readable OpenDocument spreadsheet: "
                    + e.getMessage(), e);
        }
        if (columns == null && sheetName != null && !sheets.contains(sheetName)) {
            throw new ContentRejectedException("records", "the spreadsheet has no sheet '" + sheetName
                    + "' (records-sheet); its sheets: " + String.join(", ", sheets));
        }
        return new RecordTable(columns == null ? List.of() : columns, rows);
    }

    private static RecordTable.Record record(int number, List<String> columns, List<String> cells) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(columns.size(), cells.size()); i++) {
            if (!columns.get(i).isEmpty() && !cells.get(i).isEmpty()) {
                values.putIfAbsent(columns.get(i), cells.get(i));
            }
        }
        return new RecordTable.Record(number, values);
    }

    private static int repeat(XMLStreamReader xml, String attribute) {
        String value = xml.getAttributeValue(TABLE, attribute);
        try {
            return value == null ? 1 : Math.max(1, Math.min(MAX_REPEAT, Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
