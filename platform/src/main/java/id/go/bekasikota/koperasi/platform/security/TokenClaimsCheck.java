package id.go.bekasikota.koperasi.platform.security;

import id.go.bekasikota.koperasi.tokens.PartnerIds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.io.IOException;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

/**
 * What smallrye-jwt does not check on its own (it checks the signature, issuer, audience, expiry and,
 * with {@code smallrye.jwt.time-to-live}, the lifetime): a token issued in the future beyond the clock
 * skew, and a {@code groups} claim that is not an array (smallrye-jwt would split a string on spaces
 * into roles); a name claim ({@code upn}, {@code preferred_username}, {@code sub}: the subject the services
 * record as the actor) longer than {@link Actor#SUBJECT_LENGTH}, or a {@code partner_id} longer than
 * {@link Actor#PARTNER_ID_LENGTH} (the documents state these bounds for every field that repeats them), or one that is
 * blank or no partner id at all ({@link PartnerIds}: {@code ""}, {@code " "}, {@code "bank bjb"}). Any of
 * these makes the caller unauthenticated (401), as at the gateway.
 */
@ApplicationScoped
public class TokenClaimsCheck implements SecurityIdentityAugmentor {

    private final ObjectMapper objectMapper;
    private final long skewSeconds;
    private final Clock clock;

    @Inject
    public TokenClaimsCheck(ObjectMapper objectMapper,
                            @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60") long skewSeconds) {
        this(objectMapper, skewSeconds, Clock.systemUTC());
    }

    TokenClaimsCheck(ObjectMapper objectMapper, long skewSeconds, Clock clock) {
        this.objectMapper = objectMapper;
        this.skewSeconds = skewSeconds;
        this.clock = clock;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token) || token.getRawToken() == null) {
            return Uni.createFrom().item(identity);
        }
        Optional<String> refusal = refusal(claims(token.getRawToken()));
        return refusal.isPresent()
                ? Uni.createFrom().failure(new AuthenticationFailedException("Token refused: " + refusal.get()))
                : Uni.createFrom().item(identity);
    }

    /** Why the claims (as signed) are not acceptable, or empty. */
    Optional<String> refusal(JsonNode claims) {
        JsonNode iat = claims.path("iat");
        if (iat.isNumber() && iat.asLong() > clock.instant().getEpochSecond() + skewSeconds) {
            return Optional.of("issued in the future");
        }
        JsonNode groups = claims.get("groups");
        if (groups != null && !groups.isArray()) {
            return Optional.of("groups is not an array");
        }
        for (String name : new String[] {"upn", "preferred_username", "sub"}) {
            if (claims.path(name).asText("").length() > Actor.SUBJECT_LENGTH) {
                return Optional.of(name + " is longer than " + Actor.SUBJECT_LENGTH + " characters");
            }
        }
        if (claims.path(Roles.PARTNER_ID_CLAIM).asText("").length() > Actor.PARTNER_ID_LENGTH) {
            return Optional.of(Roles.PARTNER_ID_CLAIM + " is longer than " + Actor.PARTNER_ID_LENGTH + " characters");
        }
        if (claims.has(Roles.PARTNER_ID_CLAIM) && !PartnerIds.valid(claims.get(Roles.PARTNER_ID_CLAIM).asText(""))) {
            return Optional.of(Roles.PARTNER_ID_CLAIM + " is not a partner id (letters, digits, dots, underscores or hyphens, from a letter or digit)");
        }
        return Optional.empty();
    }

    private JsonNode claims(String raw) {
        String[] parts = raw.split("\\.");
        try {
            return parts.length < 2 ? objectMapper.createObjectNode() : objectMapper.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException | IllegalArgumentException e) {
            return objectMapper.createObjectNode();
        }
    }
}
