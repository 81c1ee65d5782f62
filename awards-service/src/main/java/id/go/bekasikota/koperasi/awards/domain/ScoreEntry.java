package id.go.bekasikota.koperasi.awards.domain;

/** One score a juror gives: a JUROR indicator of the program's sheet, 0-100, with an optional comment. */
public record ScoreEntry(String indicatorCode, int score, String comment) {
}
