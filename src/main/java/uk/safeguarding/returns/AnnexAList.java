package uk.safeguarding.returns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One of Ofsted's Annex A lists: a sheet of the workbook, its column headings as the inspection guidance
 * names them and a row per child episode. A cell is text, a number, a {@link LocalDate} (written as an
 * Excel date) or {@code null} (empty: the pathways do not record it).
 */
public record AnnexAList(String sheetName, List<String> headings, List<Row> rows) {

  public AnnexAList {
    headings = List.copyOf(headings);
    rows = List.copyOf(rows);
  }

  /** A row: the child it is about (for the access log) and its cells, one per heading. */
  public record Row(String caseReference, List<Object> cells) {

    public Row {
      cells = Collections.unmodifiableList(new ArrayList<>(cells));
    }
  }

  /** The cell of {@code heading} in each row, in order: for a test or a reader that looks a column up by name. */
  public List<Object> column(String heading) {
    int index = headings.indexOf(heading);
    if (index < 0) {
      throw new IllegalArgumentException(sheetName + " has no column " + heading);
    }
    return rows.stream().map(row -> row.cells().get(index)).toList();
  }
}
