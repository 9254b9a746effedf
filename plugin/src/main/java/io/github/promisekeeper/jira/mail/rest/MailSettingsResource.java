package io.github.promisekeeper.jira.mail.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.Description;
import io.github.promisekeeper.core.Reason;
import io.github.promisekeeper.core.ReasonKey;
import io.github.promisekeeper.core.mail.MailOut;
import io.github.promisekeeper.jira.mail.MailSettings;
import io.github.promisekeeper.jira.mail.MailSettingsStore;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.permission.Viewer;
import io.github.promisekeeper.jira.settings.SettingsChange;
import io.github.promisekeeper.jira.settings.SettingsDescriptions;
import io.github.promisekeeper.jira.settings.SettingsHistory;
import io.github.promisekeeper.jira.web.ChangeOrigin;
import io.github.promisekeeper.jira.web.Json;
import io.github.promisekeeper.jira.web.JsonResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /rest/promise-keeper/1.0/mail-settings}: the site's mail settings (digest day and hour, defaults for users
 * who chose nothing, tier → groups), for those who may change settings; every change is recorded in the settings
 * history with who, when and what (old → new). Also says whether Jira has an outgoing mail server.
 */
@Path("mail-settings")
@Produces(MediaType.APPLICATION_JSON)
public class MailSettingsResource {

    private final MailSettingsStore settings;
    private final SettingsHistory history;
    private final MailOut mailOut;
    private final Permissions permissions;
    private final Json json;
    private final JsonResponses responses;
    private final Clock clock;
    private final I18nResolver i18n;

    @Inject
    public MailSettingsResource(
            MailSettingsStore settings,
            SettingsHistory history,
            MailOut mailOut,
            Permissions permissions,
            Json json,
            JsonResponses responses,
            Clock clock,
            I18nResolver i18n) {
        this.settings = settings;
        this.history = history;
        this.mailOut = mailOut;
        this.permissions = permissions;
        this.json = json;
        this.responses = responses;
        this.clock = clock;
        this.i18n = i18n;
    }

    /**
     * The current mail settings and whether mail can be sent.
     *
     * <p>Failures: 401 anonymous; 403 without the edit right.
     */
    @GET
    @LicensedOnly
    public Response get() {
        permissions.requireEdit();
        return responses.ok(MailSettingsView.from(settings.current(), mailOut.canSend()));
    }

    /**
     * Changes the mail settings; a field left out keeps its value ({@code tierGroups}, when given, replaces the whole
     * mapping). A change is recorded in the settings history together with the write.
     *
     * <p>Failures: 400 for unknown JSON fields, a day that is not a weekday name, an hour outside 0–23, a blank tier
     * or group name, a tier named twice or more than 50 tiers; 401 anonymous; 403 without the edit right; 415 for
     * a body that is not {@code application/json}.
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response put(@HeaderParam(ChangeOrigin.HEADER) String origin, String body) {
        MailSettingsView input = json.read(body, MailSettingsView.class);
        Viewer viewer = permissions.requireEdit();
        MailSettings before = settings.current();
        MailSettings after;
        try {
            after = input.applyTo(before);
        } catch (IllegalArgumentException e) {
            return responses.error(Response.Status.BAD_REQUEST, e.getMessage(), i18n.getText(errorKey(e.getMessage())));
        }
        Description changed = describe(before, after);
        if (!changed.isEmpty()) {
            history.record(
                    SettingsChange.of(ChangeOrigin.of(origin, viewer.author(), clock.instant()), changed),
                    () -> settings.save(after));
        }
        return responses.ok(MailSettingsView.from(settings.current(), mailOut.canSend()));
    }

    private static String errorKey(String field) {
        return switch (field) {
            case "digestDay" -> "promise-keeper.mail-settings.error.digestDay";
            case "digestHour" -> "promise-keeper.mail-settings.error.digestHour";
            default -> "promise-keeper.mail-settings.error.tierGroups";
        };
    }

    private static Description describe(MailSettings before, MailSettings after) {
        List<Reason> changed = new ArrayList<>();
        SettingsDescriptions.field(
                changed,
                ReasonKey.SETTINGS_DIGEST_DAY,
                before.digest().day(),
                after.digest().day());
        SettingsDescriptions.field(
                changed,
                ReasonKey.SETTINGS_DIGEST_HOUR,
                before.digest().hour(),
                after.digest().hour());
        yesNo(
                changed,
                ReasonKey.SETTINGS_IMMEDIATE_BY_DEFAULT,
                before.immediateByDefault(),
                after.immediateByDefault());
        yesNo(changed, ReasonKey.SETTINGS_DIGEST_BY_DEFAULT, before.digestByDefault(), after.digestByDefault());
        SettingsDescriptions.field(changed, ReasonKey.SETTINGS_TIER_GROUPS, before.tierGroups(), after.tierGroups());
        return new Description(changed);
    }

    private static void yesNo(List<Reason> changed, ReasonKey key, boolean before, boolean after) {
        if (before != after) {
            changed.add(Reason.of(key, SettingsDescriptions.yesNo(before), SettingsDescriptions.yesNo(after)));
        }
    }
}
