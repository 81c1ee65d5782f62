package id.go.bekasikota.koperasi.projection.rebuild;

/** Where a rebuild of the projection stands, in the order it goes. */
public enum RebuildState {
    /** Reading the compacted snapshot topic from its start into the fresh table. */
    REPLAYING_SNAPSHOTS,
    /** Reading the live topic from a margin before the start up to its end. */
    CATCHING_UP,
    /** The live consumer held; the last events applied; the fresh table takes the projection's place. */
    SWITCHING,
    COMPLETED,
    /** Nothing changed: the projection is the one it was. */
    FAILED;

    public boolean finished() {
        return this == COMPLETED || this == FAILED;
    }
}
