package id.go.bekasikota.koperasi.awards.domain;

/** Where an indicator's score comes from. */
public enum IndicatorSource {
    /** Computed from the register's and financing's data: achievement = actual / target x 100, then banded. */
    COMPUTED,
    /** Given by the jurors: the mean of the non-conflicted jurors' 0-100 scores is the indicator's score. */
    JUROR
}
