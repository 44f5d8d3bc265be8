package uk.safeguarding.returns;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Ofsted's Annex A lists as an Excel workbook (Apache POI): a sheet per list, its headings in a bold row
 * that stays in view (frozen), then a row per child episode; a day is a real Excel date shown dd/mm/yyyy,
 * so an inspector can sort and filter by it.
 */
public final class AnnexAWorkbook {

  /** The media type of an .xlsx file. */
  public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String DATE_FORMAT = "dd/mm/yyyy";
  /** A column's width in characters: the heading's, within these bounds. */
  private static final int NARROWEST = 12;
  private static final int WIDEST = 45;

  private AnnexAWorkbook() {}

  public static byte[] write(List<AnnexAList> lists) {
    try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle heading = workbook.createCellStyle();
      heading.setFont(bold);
      heading.setWrapText(true);
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(DATE_FORMAT));
      for (AnnexAList list : lists) {
        Sheet sheet = workbook.createSheet(list.sheetName());
        Row headings = sheet.createRow(0);
        for (int column = 0; column < list.headings().size(); column++) {
          String text = list.headings().get(column);
          Cell cell = headings.createCell(column);
          cell.setCellValue(text);
          cell.setCellStyle(heading);
          sheet.setColumnWidth(column, Math.min(WIDEST, Math.max(NARROWEST, text.length() + 2)) * 256);
        }
        sheet.createFreezePane(0, 1);
        int rowNumber = 1;
        for (AnnexAList.Row row : list.rows()) {
          Row cells = sheet.createRow(rowNumber++);
          for (int column = 0; column < row.cells().size(); column++) {
            write(cells.createCell(column), row.cells().get(column), date);
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException notWritten) {
      throw new UncheckedIOException("The Annex A workbook could not be written", notWritten);
    }
  }

  private static void write(Cell cell, Object value, CellStyle date) {
    if (value instanceof LocalDate day) {
      cell.setCellValue(day);
      cell.setCellStyle(date);
    } else if (value instanceof Number number) {
      cell.setCellValue(number.doubleValue());
    } else if (value != null) {
      cell.setCellValue(value.toString());
    }
  }
}
