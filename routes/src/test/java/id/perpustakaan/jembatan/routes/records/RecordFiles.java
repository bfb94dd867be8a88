package id.perpustakaan.jembatan.routes.records;

import id.perpustakaan.jembatan.model.RawContent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Tables of records as agencies hand them over, made in the test: CSV text, a real workbook, an ODS package. */
final class RecordFiles {

    private RecordFiles() {
    }

    static RawContent file(String sourceId, String fileName, byte[] bytes) {
        return new RawContent(sourceId, fileName, fileName, null, bytes.length, "sha-" + fileName, null,
                Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-01T00:00:00Z"), null, "folder",
                () -> new ByteArrayInputStream(bytes));
    }

    static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A workbook with a title row above the header (as agencies' sheets often have), a blank row, and real date
     * cells; values are strings except for cells given as {@link LocalDate} or {@link Number}.
     */
    static byte[] xlsx(String sheetName, List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Petunjuk").createRow(0).createCell(0).setCellValue("Baca lembar berikutnya");
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < rows.size(); r++) {
                // one blank row between the header and the data
                Row row = sheet.createRow(r == 0 ? 0 : r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof LocalDate date) {
                        row.createCell(c).setCellValue(date);
                        row.getCell(c).setCellStyle(dates);
                    } else if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An ODS package around the given {@code <table:table>} elements, as LibreOffice writes them. */
    static byte[] ods(String tables) {
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\">"
                + "<office:body><office:spreadsheet>" + tables + "</office:spreadsheet></office:body>"
                + "</office:document-content>";
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write(text("application/vnd.oasis.opendocument.spreadsheet"));
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(text(content));
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
