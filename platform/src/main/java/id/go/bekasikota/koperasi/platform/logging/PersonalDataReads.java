package id.go.bekasikota.koperasi.platform.logging;

import id.go.bekasikota.koperasi.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Who read personal data (UU PDP No. 27/2022, art. 31: a record of the processing): one log line per answer that
 * carries it, in the category {@value #CATEGORY} at INFO, naming the account and its role, what was read and its id;
 * the line's format adds the time and the request id. Never the data itself. Written to the service's log, where the
 * deployment's log store keeps it (its retention is the trail's); writes of personal data have their own trails in the
 * database (a cooperative's history, an application's history). What carries personal data: a cooperative's full view
 * (its board's and supervisors' identity numbers and phones, its own contact data), its register view (contact data),
 * the owner names of a cluster's members, a loan application's documents.
 */
@ApplicationScoped
public class PersonalDataReads {

    /** The log category of the trail: route it on its own, or raise its level to silence it. */
    public static final String CATEGORY = "koperasi.personal-data-reads";

    private static final Logger LOG = Logger.getLogger(CATEGORY);

    /**
     * @param what the kind of data read, in words ({@code "cooperative (full view)"}, {@code "loan document"})
     * @param id   the id of what was read
     */
    public void read(Caller caller, String what, Object id) {
        LOG.infof("%s (%s) read %s %s", caller.subject(), caller.roleName(), what, id);
    }
}
