package id.go.bekasikota.koperasi.awards.domain;

/** What an award program recognises. */
public enum AwardCategory {
    /** Koperasi berprestasi per jenis: the program names the jenis, and only cooperatives of that jenis take part. */
    OUTSTANDING_PER_JENIS(true),
    /** Koperasi teladan (model cooperative). */
    MODEL_COOPERATIVE(false),
    /** Cooperatives that hold their members' meeting (RAT) on time. */
    ON_TIME_RAT(false);

    private final boolean perJenis;

    AwardCategory(boolean perJenis) {
        this.perJenis = perJenis;
    }

    /** True when a program of this category names one jenis. */
    public boolean perJenis() {
        return perJenis;
    }
}
