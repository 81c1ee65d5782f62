package id.go.bekasikota.koperasi.registry.rest.report;

import id.go.bekasikota.koperasi.testsupport.LogCapture;
import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbooks' library (Apache POI) logs through the Log4j 2 API. Without a provider, the first
 * workbook of a service wrote "ERROR Log4j API could not find a logging provider" to its output
 * (seen in the national benchmark's registry log); with one, POI's lines are the service's own
 * log lines, at their level, under their logger.
 */
class WorkbookLoggingTests {

    @Test
    void whatPoiLogsThroughLog4jReachesTheServicesLog() {
        List<LogRecord> received;
        try (LogCapture poi = LogCapture.of("org.apache.poi.xssf.streaming")) {
            LogManager.getLogger("org.apache.poi.xssf.streaming").warn("could not delete the temporary file {}", "poi-sxssf-sheet.xml");
            received = poi.records();
        }
        assertThat(received).singleElement().satisfies(record -> {
            assertThat(record.getLevel().intValue()).isEqualTo(Level.WARNING.intValue());
            assertThat(record.getLoggerName()).isEqualTo("org.apache.poi.xssf.streaming");
            assertThat(record.getMessage()).contains("could not delete the temporary file");
        });
    }
}
