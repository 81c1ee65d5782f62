package id.go.bekasikota.koperasi.platform.inbox;

/**
 * A message that can never be processed (bad JSON, unknown type, invalid data): it goes to the
 * dead-letter topic with this message as the reason, and the partition keeps flowing.
 */
public class PoisonMessageException extends RuntimeException {

    public PoisonMessageException(String reason) {
        super(reason);
    }

    public PoisonMessageException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
