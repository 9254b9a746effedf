package io.github.promisekeeper.jira.mail.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.mail.MailPreferences;
import io.github.promisekeeper.core.mail.MailPreferencesStore;
import io.github.promisekeeper.jira.mail.MailSettingsStore;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.permission.Viewer;
import io.github.promisekeeper.jira.web.Json;
import io.github.promisekeeper.jira.web.JsonResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Optional;

/**
 * {@code /rest/promise-keeper/1.0/preferences}: the mail preferences of the user making the request, and only
 * theirs (there is no user parameter to change someone else's). Users who never chose get the site's defaults.
 */
@Path("preferences")
@Produces(MediaType.APPLICATION_JSON)
public class MailPreferencesResource {

    private final MailPreferencesStore preferences;
    private final MailSettingsStore settings;
    private final Permissions permissions;
    private final Json json;
    private final JsonResponses responses;
    private final I18nResolver i18n;

    @Inject
    public MailPreferencesResource(
            MailPreferencesStore preferences,
            MailSettingsStore settings,
            Permissions permissions,
            Json json,
            JsonResponses responses,
            I18nResolver i18n) {
        this.preferences = preferences;
        this.settings = settings;
        this.permissions = permissions;
        this.json = json;
        this.responses = responses;
        this.i18n = i18n;
    }

    /**
     * The current user's preferences (their own, or the site's defaults with {@code chosen: false}).
     *
     * <p>Failures: 401 anonymous; 403 without the read right (they get no mail from the app anyway).
     */
    @GET
    @LicensedOnly
    public Response get() {
        Viewer viewer = permissions.requireRead();
        Optional<MailPreferences> own = preferences.findByUser(viewer.user().getStringValue());
        return responses.ok(MailPreferencesView.from(
                own.orElseGet(() -> settings.current().defaultPreferences()), own.isPresent()));
    }

    /**
     * Replaces the current user's preferences; all three fields are required. Answers them as stored.
     *
     * <p>Failures: 400 for unknown JSON fields, a missing field or a format other than html or text; 401
     * anonymous; 403 without the read right; 415 for a body that is not {@code application/json}.
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response put(String body) {
        MailPreferencesView input = json.read(body, MailPreferencesView.class);
        Viewer viewer = permissions.requireRead();
        MailPreferences chosen;
        try {
            chosen = input.toPreferences();
        } catch (IllegalArgumentException e) {
            return responses.error(Response.Status.BAD_REQUEST, e.getMessage(), i18n.getText(errorKey(e.getMessage())));
        }
        preferences.save(viewer.user().getStringValue(), chosen);
        return responses.ok(MailPreferencesView.from(chosen, true));
    }

    private static String errorKey(String field) {
        return switch (field) {
            case "immediate" -> "promise-keeper.preferences.error.immediate";
            case "digest" -> "promise-keeper.preferences.error.digest";
            default -> "promise-keeper.preferences.error.format";
        };
    }
}
