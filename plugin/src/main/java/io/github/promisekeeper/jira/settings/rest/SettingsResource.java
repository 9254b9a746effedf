package io.github.promisekeeper.jira.settings.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.jira.epic.EpicChildrenSettings;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.permission.Viewer;
import io.github.promisekeeper.jira.settings.InvalidSettingException;
import io.github.promisekeeper.jira.settings.SettingsEditor;
import io.github.promisekeeper.jira.settings.SettingsHistory;
import io.github.promisekeeper.jira.settings.SettingsStore;
import io.github.promisekeeper.jira.web.ChangeOrigin;
import io.github.promisekeeper.jira.web.Json;
import io.github.promisekeeper.jira.web.JsonResponses;
import io.github.promisekeeper.jira.web.QueryParams;
import io.github.promisekeeper.jira.web.ReasonTexts;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.util.Optional;

/**
 * {@code /rest/promise-keeper/1.0/settings}: the site's Promise Keeper settings and their history, for Jira
 * administrators and editors. The write consumes {@code application/json} only (cross-site forms get 415).
 * Every write that changes something lands in the {@link SettingsHistory} with who, when and what (old → new).
 */
@Path("settings")
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {

    private final SettingsStore settings;
    private final EpicChildrenSettings epicChildren;
    private final SettingsEditor editor;
    private final Permissions permissions;
    private final Json json;
    private final JsonResponses responses;
    private final SettingsHistory history;
    private final Clock clock;
    private final I18nResolver i18n;

    static final int DEFAULT_HISTORY_LIMIT = 20;

    @Inject
    public SettingsResource(
            SettingsStore settings,
            EpicChildrenSettings epicChildren,
            SettingsEditor editor,
            Permissions permissions,
            Json json,
            JsonResponses responses,
            SettingsHistory history,
            Clock clock,
            I18nResolver i18n) {
        this.i18n = i18n;
        this.history = history;
        this.clock = clock;
        this.settings = settings;
        this.epicChildren = epicChildren;
        this.editor = editor;
        this.permissions = permissions;
        this.json = json;
        this.responses = responses;
    }

    /**
     * The current settings.
     *
     * <p>Failures: 401 anonymous; 403 without the edit right (settings name the finance groups and rates).
     */
    @GET
    @LicensedOnly
    public Response get() {
        permissions.requireEdit();
        return responses.ok(SettingsView.from(settings.current(), epicChildren.get()));
    }

    /**
     * Replaces the settings; a field left out keeps its current value. Answers the settings as stored. A
     * change is recorded in the settings history (who, when, each changed field old → new) in the same
     * transaction; a write that changes nothing records nothing, and neither does a refused one.
     *
     * <p>Failures: 400 for unknown JSON fields or invalid values (days outside 1–3650, a basis other than
     * renewal or notice, a currency that is not ISO 4217, a rate that is not a positive number, a blank
     * group, a JQL template without {epic} or one that Jira's parser rejects — with Jira's message);
     * 401 anonymous; 403 without the edit right; 415 for a body
     * that is not {@code application/json}.
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @LicensedOnly
    public Response put(@HeaderParam(ChangeOrigin.HEADER) String origin, String body) {
        SettingsView input = json.read(body, SettingsView.class);
        Viewer viewer = permissions.requireEdit();
        try {
            editor.apply(input.toEdit(), ChangeOrigin.of(origin, viewer.author(), clock.instant()));
        } catch (InvalidSettingException e) {
            // The value's own refusal says why, in the viewer's language where it has a text of its own.
            return responses.error(
                    Response.Status.BAD_REQUEST,
                    e.field(),
                    new ReasonTexts(i18n).message(e.getCause() == null ? e : e.getCause()));
        }
        return responses.ok(SettingsView.from(settings.current(), epicChildren.get()));
    }

    /**
     * The latest settings changes, newest first: {@code {"changes":[{"author","at","source","description"}]}}.
     *
     * <p>Failures: 400 when {@code limit} is not 1 to 100; 401 anonymous; 403 without the edit right.
     */
    @GET
    @Path("history")
    @LicensedOnly
    public Response history(@QueryParam("limit") String limit) {
        Optional<Integer> size = QueryParams.whole(limit, DEFAULT_HISTORY_LIMIT, 1, SettingsHistory.MAX_LIMIT);
        if (size.isEmpty()) {
            return responses.error(
                    Response.Status.BAD_REQUEST,
                    "limit",
                    i18n.getText("promise-keeper.rest.error.limit", limit, SettingsHistory.MAX_LIMIT));
        }
        permissions.requireEdit();
        return responses.ok(SettingsHistoryView.from(history.recent(size.get()), new ReasonTexts(i18n)));
    }
}
