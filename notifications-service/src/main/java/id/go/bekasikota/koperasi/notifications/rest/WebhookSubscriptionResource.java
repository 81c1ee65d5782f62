package id.go.bekasikota.koperasi.notifications.rest;

import id.go.bekasikota.koperasi.notifications.domain.DeliveryState;
import id.go.bekasikota.koperasi.notifications.domain.EndpointLimit;
import id.go.bekasikota.koperasi.notifications.domain.SubscriptionOwner;
import id.go.bekasikota.koperasi.notifications.domain.SubscriptionDetails;
import id.go.bekasikota.koperasi.notifications.mapping.WebhooksMapper;
import id.go.bekasikota.koperasi.notifications.rest.dto.DeliveryView;
import id.go.bekasikota.koperasi.notifications.rest.dto.SecretRotationRequest;
import id.go.bekasikota.koperasi.notifications.rest.dto.SecretView;
import id.go.bekasikota.koperasi.notifications.rest.dto.SubscriptionRequest;
import id.go.bekasikota.koperasi.notifications.rest.dto.SubscriptionView;
import id.go.bekasikota.koperasi.notifications.service.SubscriptionService;
import id.go.bekasikota.koperasi.platform.http.AnswersWithETag;
import id.go.bekasikota.koperasi.platform.http.EntityTags;
import id.go.bekasikota.koperasi.platform.http.ParamFaults;
import id.go.bekasikota.koperasi.platform.http.Params;
import id.go.bekasikota.koperasi.platform.idempotency.IdempotencyService;
import id.go.bekasikota.koperasi.platform.idempotency.IdempotentResponses;
import id.go.bekasikota.koperasi.platform.paging.Page;
import id.go.bekasikota.koperasi.platform.paging.PageRequest;
import id.go.bekasikota.koperasi.platform.problem.Problem;
import id.go.bekasikota.koperasi.platform.security.Actor;
import id.go.bekasikota.koperasi.platform.security.Caller;
import id.go.bekasikota.koperasi.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Webhook subscriptions: a partner keeps its own endpoints, officers keep the government systems';
 * a subscription is changed by its owner alone and read by it and the office (officers and auditors);
 * another partner gets 404, and a secret is shown only when it is made.
 *
 * <p>The writes a lost answer would make a client send again (a subscription, a rotation, a redelivery) take an
 * optional {@code Idempotency-Key} (platform {@code idempotency}; optional because the clients of before send none):
 * with one, a retry gets the first answer, the same key with another request is 422, a retry while the first is
 * still processed 409. Keys are the owner's ({@link SubscriptionOwner#keyOf}: the partner, or the office for every
 * officer). A signing secret in an answer is not copied into the key's record: its id is kept in its place
 * ({@link CreatedSubscription}, {@link RotatedSecret}) and the replay reads the secret again from {@code signing_secret}.
 */
@Path("/api/v1/webhook-subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhook subscriptions", description = "Signed webhooks (Standard Webhooks) of the suite's events, their delivery log and redelivery")
public class WebhookSubscriptionResource {

    private final SubscriptionService service;
    private final WebhooksMapper mapper;
    private final Caller caller;
    private final IdempotencyService idempotency;

    /** The 422 of the writes that may make a subscription active. */
    private static final String ACTIVE_LIMIT = "The owner (the partner, or the office) has " + EndpointLimit.MAX_ACTIVE_PER_OWNER
            + " active subscriptions already (`rule-violation`): deactivate one first; an inactive subscription is always taken";
    /** The 409 and the 422 of a write that takes an Idempotency-Key. */
    private static final String KEY_IN_FLIGHT = "a request with the Idempotency-Key is still being processed (`conflict`): retry a little later to get its answer";
    private static final String KEY_REUSED = "`idempotency-key-reused`: the Idempotency-Key was used with another request";

    /** What the writes that take a key say of it: optional here, the clients of before send none. */
    private static final String OPTIONAL_KEY = " An `Idempotency-Key` is optional here: a request without one is simply made; with one, "
            + "a retry gets the first answer.";

    /** What a subscription's creation keeps with its Idempotency-Key: the answer without the secret, and the secret's id. */
    public record CreatedSubscription(SubscriptionView view, UUID secretId) {
    }

    /** What a rotation keeps with its Idempotency-Key: the new secret's id instead of the secret. */
    public record RotatedSecret(UUID secretId, Instant previousSecretExpiresAt) {
    }

    public WebhookSubscriptionResource(SubscriptionService service, WebhooksMapper mapper, Caller caller, IdempotencyService idempotency) {
        this.service = service;
        this.mapper = mapper;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.OFFICER})
    @Operation(summary = "Subscribe an endpoint", description = """
            A partner's subscription receives only events about its own applications, from their forwarding on; an officer's
            (for a government system) receives every event of the types it lists. The URL must be https and resolve to public
            addresses only. At most 20 subscriptions of one owner are active at once. The answer carries the signing secret
            (whsec_...) once: it is never shown again, but to a retry with the same Idempotency-Key, which gets the same answer
            (the same subscription and secret; no second subscription is made).""" + OPTIONAL_KEY)
    @APIResponse(responseCode = "201", description = "Subscribed; the body has the secret, Location and ETag name the subscription",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "400", description = "A field is not valid (an http, private or loopback URL; an event type that is no CloudEvents type), "
            + "or an Idempotency-Key that is not 1 to 200 visible ASCII characters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "private address", value = """
                    {"type":"https://koperasi.bekasikota.go.id/problems/validation","title":"The request is not valid","status":400,
                     "detail":"1 field is not valid","errors":[{"field":"url","message":"is 10.0.0.7, a private, link-local or otherwise internal address"}]}""")))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither a partner nor an officer, or a partner token without partner_id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A " + KEY_IN_FLIGHT, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = ACTIVE_LIMIT + "; or " + KEY_REUSED, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @AnswersWithETag
    public Response createWebhookSubscription(@Parameter(description = IdempotencyService.KEY_DESCRIPTION, schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = IdempotencyService.KEY_LENGTH, pattern = IdempotencyService.KEY_PATTERN))
                                              @HeaderParam(IdempotencyService.HEADER) String key,
                                              @Valid @NotNull SubscriptionRequest request, @Context UriInfo uri) {
        Actor actor = caller.actor();
        IdempotencyService.Answer answer = idempotency.once(SubscriptionOwner.keyOf(actor), key, "POST", uri.getPath(), request, () -> {
            SubscriptionDetails created = service.create(actor, mapper.toChange(request));
            SubscriptionView view = mapper.toView(created);
            return new IdempotencyService.Outcome(201, view, new CreatedSubscription(view.withSecret(null), created.secretShownOnce().id()));
        }, CreatedSubscription.class, kept -> kept.view().withSecret(service.secretShownBefore(actor, kept.secretId())));
        return IdempotentResponses.created(answer, uri, "id")
                .header(HttpHeaders.ETAG, IdempotentResponses.entityTag(answer, "version")).build();
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.OFFICER, Roles.AUDITOR})
    @Operation(summary = "List the caller's subscriptions", description = "A partner's own; for officers and auditors every one, the office's and the partners' (the secret is never shown). Oldest first.")
    @APIResponse(responseCode = "200", description = "A page of subscriptions (no secrets)")
    @APIResponse(responseCode = "400", description = "Invalid paging", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another role", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<SubscriptionView> listWebhookSubscriptions(@BeanParam @Valid PageRequest paging) {
        return service.list(caller.actor(), paging).map(mapper::toView);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNER, Roles.OFFICER, Roles.AUDITOR})
    @Operation(summary = "Read a subscription", description = "Its settings, its circuit and, during a rotation, when the previous secret stops signing. Never the secret.")
    @APIResponse(responseCode = "200", description = "The subscription; ETag names its version and this representation", content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another role", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such subscription, or another partner's", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @AnswersWithETag
    public Response getWebhookSubscription(@PathParam("id") String id) {
        SubscriptionDetails found = service.get(caller.actor(), Params.id(SubscriptionService.SUBSCRIPTION, id));
        return Response.ok(mapper.toView(found)).header(HttpHeaders.ETAG, EntityTags.of(found.subscription().version)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.OFFICER})
    @Operation(summary = "Change a subscription", description = "Replaces the URL, the event types, the description and the active flag. A new URL starts with a closed circuit. Needs If-Match.")
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "400", description = "A field is not valid", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the owner: auditors read only, and an officer reads a partner's subscription but does not change it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such subscription, or another partner's", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is not the current version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = ACTIVE_LIMIT, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @AnswersWithETag
    public Response replaceWebhookSubscription(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                               @Valid @NotNull SubscriptionRequest request) {
        SubscriptionDetails changed = service.replace(caller.actor(), Params.id(SubscriptionService.SUBSCRIPTION, id), ifMatch, mapper.toChange(request));
        return Response.ok(mapper.toView(changed)).header(HttpHeaders.ETAG, EntityTags.of(changed.subscription().version)).build();
    }

    @POST
    @Path("/{id}/secret-rotations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PARTNER, Roles.OFFICER})
    @Operation(summary = "Rotate the signing secret", description = """
            Makes a new secret, shown once in the answer. Until `previousSecretExpiresAt` every webhook carries two signatures
            (space-separated in webhook-signature): with the new secret and with the previous one, so the receiver can switch
            without losing a webhook. `overlapSeconds` 0 ends the previous secret at once (after a leak). A retry with the
            same Idempotency-Key gets the same answer (the same secret; no second rotation is made).""" + OPTIONAL_KEY)
    @APIResponse(responseCode = "200", description = "The new secret", content = @Content(schema = @Schema(implementation = SecretView.class)))
    @APIResponse(responseCode = "400", description = "overlapSeconds out of range, or an Idempotency-Key that is not 1 to 200 visible ASCII characters", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the owner: auditors read only, and an officer reads a partner's subscription but does not change it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such subscription, or another partner's", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A " + KEY_IN_FLIGHT, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = KEY_REUSED, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response rotateWebhookSecret(@PathParam("id") String id,
                                        @Parameter(description = IdempotencyService.KEY_DESCRIPTION, schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = IdempotencyService.KEY_LENGTH, pattern = IdempotencyService.KEY_PATTERN))
                                        @HeaderParam(IdempotencyService.HEADER) String key,
                                        @Valid @NotNull SecretRotationRequest request, @Context UriInfo uri) {
        Actor actor = caller.actor();
        UUID subscription = Params.id(SubscriptionService.SUBSCRIPTION, id);
        Duration overlap = request.overlapSeconds() == null ? null : Duration.ofSeconds(request.overlapSeconds());
        IdempotencyService.Answer answer = idempotency.once(SubscriptionOwner.keyOf(actor), key, "POST", uri.getPath(), request, () -> {
            SubscriptionService.Rotation rotation = service.rotate(actor, subscription, overlap);
            return new IdempotencyService.Outcome(200, new SecretView(rotation.secret().value(), rotation.previousSecretExpiresAt()),
                    new RotatedSecret(rotation.secret().id(), rotation.previousSecretExpiresAt()));
        }, RotatedSecret.class, kept -> new SecretView(service.secretShownBefore(actor, kept.secretId()), kept.previousSecretExpiresAt()));
        return IdempotentResponses.of(answer).build();
    }

    @GET
    @Path("/{id}/deliveries")
    @RolesAllowed({Roles.PARTNER, Roles.OFFICER, Roles.AUDITOR})
    @Operation(summary = "The delivery log", description = "The subscription's deliveries, newest first, optionally of one state.")
    @APIResponse(responseCode = "200", description = "A page of deliveries")
    @APIResponse(responseCode = "400", description = "Invalid state or paging", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another role", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such subscription, or another partner's", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<DeliveryView> listWebhookDeliveries(@PathParam("id") String id, @BeanParam PageRequest paging,
                                                    @Parameter(description = "PENDING, DELIVERED or DEAD", schema = @Schema(implementation = DeliveryState.class)) @QueryParam("state") String state) {
        // Every parameter at fault named in one 400, the page's too.
        ParamFaults faults = new ParamFaults();
        faults.read(paging);
        DeliveryState stateValue = faults.read(() -> Params.enumValue("state", state, DeliveryState.class));
        faults.refuseAny();
        return service.deliveries(caller.actor(), Params.id(SubscriptionService.SUBSCRIPTION, id), stateValue, paging).map(mapper::toView);
    }

    @GET
    @Path("/{id}/deliveries/{deliveryId}")
    @RolesAllowed({Roles.PARTNER, Roles.OFFICER, Roles.AUDITOR})
    @Operation(summary = "One delivery with its latest attempts", description = "The body sent and its latest 20 attempts (`attemptLog`, oldest of them first): when, the status, the latency, the error and the start of the answer. `attempts` counts every attempt, redeliveries' included; when it is more than 20, `GET .../attempts` pages through all of them.")
    @APIResponse(responseCode = "200", description = "The delivery", content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another role", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such delivery, or one of another partner's subscription", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeliveryView getWebhookDelivery(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId) {
        SubscriptionService.DeliveryWithAttempts found = service.delivery(caller.actor(), Params.id(SubscriptionService.SUBSCRIPTION, id), Params.id(SubscriptionService.DELIVERY, deliveryId));
        return mapper.toView(found.delivery(), found.attempts());
    }

    @GET
    @Path("/{id}/deliveries/{deliveryId}/attempts")
    @RolesAllowed({Roles.PARTNER, Roles.OFFICER, Roles.AUDITOR})
    @Operation(summary = "Every attempt of a delivery", description = "All the delivery's attempts, first first (by `number`), a page at a time: the detail shows only the latest 20, and redeliveries add attempts without end.")
    @APIResponse(responseCode = "200", description = "A page of attempts")
    @APIResponse(responseCode = "400", description = "Invalid paging", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another role", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such delivery, or one of another partner's subscription", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<DeliveryView.Attempt> listWebhookDeliveryAttempts(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId,
                                                                  @BeanParam @Valid PageRequest paging) {
        return service.attempts(caller.actor(), Params.id(SubscriptionService.SUBSCRIPTION, id), Params.id(SubscriptionService.DELIVERY, deliveryId), paging)
                .map(mapper::toView);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @RolesAllowed({Roles.PARTNER, Roles.OFFICER})
    @Operation(summary = "Deliver again", description = """
            Sends a DEAD (or DELIVERED) webhook again with the same webhook-id and a fresh retry budget, at once.
            It also closes the endpoint's circuit: the owner says the endpoint works again. A retry with the same
            Idempotency-Key gets the same answer and sends nothing again.""" + OPTIONAL_KEY)
    @APIResponse(responseCode = "202", description = "Pending again", content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the owner: auditors read only, and an officer reads a partner's subscription but does not change it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such delivery, or one of another partner's subscription", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "It is still PENDING (`illegal-transition`), or " + KEY_IN_FLIGHT, content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = KEY_REUSED + " (another delivery's redelivery, say)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response redeliverWebhook(@PathParam("id") String id, @PathParam("deliveryId") String deliveryId,
                                     @Parameter(description = IdempotencyService.KEY_DESCRIPTION, schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = IdempotencyService.KEY_LENGTH, pattern = IdempotencyService.KEY_PATTERN))
                                     @HeaderParam(IdempotencyService.HEADER) String key, @Context UriInfo uri) {
        Actor actor = caller.actor();
        UUID subscription = Params.id(SubscriptionService.SUBSCRIPTION, id);
        UUID delivery = Params.id(SubscriptionService.DELIVERY, deliveryId);
        IdempotencyService.Answer answer = idempotency.once(SubscriptionOwner.keyOf(actor), key, "POST", uri.getPath(), null,
                () -> new IdempotencyService.Outcome(202, mapper.toView(service.redeliver(actor, subscription, delivery))));
        return IdempotentResponses.of(answer).build();
    }
}
