package org.sendfunding.json;

import static org.sendfunding.json.Codecs.INT;
import static org.sendfunding.json.Codecs.LONG;
import static org.sendfunding.json.Codecs.STRING;

import com.fasterxml.jackson.databind.module.SimpleModule;
import org.sendfunding.model.input.CsvLimits;
import org.sendfunding.model.input.Problem;

/**
 * JSON for the input layer's values: a located {@link Problem}
 * ({@code {"source": "panel.csv", "line": 12, "column": "la_code", "value": "99x", "message": "…"}}),
 * so a service can return a loader's problems as data, and the {@link CsvLimits} a loader ran under.
 */
final class InputJson {

  private InputJson() {}

  static void register(SimpleModule m) {
    RecordJson.factory(Problem.class,
            a -> Problem.of(a.get("source"), a.get("line"), a.get("column"), a.get("value"), a.get("message")))
        .arg("source", Problem::source, STRING)
        .arg("line", Problem::line, INT)
        .arg("column", Problem::column, STRING)
        .arg("value", Problem::value, STRING)
        .arg("message", Problem::message, STRING)
        .register(m);
    RecordJson.factory(CsvLimits.class,
            a -> CsvLimits.of(a.get("maxBytes"), a.get("maxRows"), a.get("maxCellChars"), a.get("maxColumns")))
        .arg("maxBytes", CsvLimits::maxBytes, LONG)
        .arg("maxRows", CsvLimits::maxRows, INT)
        .arg("maxCellChars", CsvLimits::maxCellChars, INT)
        .arg("maxColumns", CsvLimits::maxColumns, INT)
        .register(m);
  }
}
