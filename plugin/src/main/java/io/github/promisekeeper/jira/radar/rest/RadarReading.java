package io.github.promisekeeper.jira.radar.rest;

import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.radar.RadarEntry;
import io.github.promisekeeper.core.radar.RadarReport;
import io.github.promisekeeper.core.radar.RadarRequest;
import io.github.promisekeeper.core.radar.RenewalRadar;
import io.github.promisekeeper.core.renewal.RenewalWindow;
import io.github.promisekeeper.core.renewal.WindowBasis;
import io.github.promisekeeper.core.ticket.Scope;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.permission.Viewer;
import io.github.promisekeeper.jira.settings.PromiseKeeperSettings;
import io.github.promisekeeper.jira.settings.SettingsStore;
import io.github.promisekeeper.jira.web.BadParameterException;
import io.github.promisekeeper.jira.web.QueryParams;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code GET /radar} and {@code GET /radar.csv} both do before they write: read and check the query, require
 * the read right, look at the radar as the viewer. One place, so that the JSON and the CSV never disagree on a
 * parameter, a default, a limit or who may read.
 */
final class RadarReading {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 200;

    private final RenewalRadar radar;
    private final SettingsStore settings;
    private final Permissions permissions;
    private final I18nResolver i18n;

    RadarReading(RenewalRadar radar, SettingsStore settings, Permissions permissions, I18nResolver i18n) {
        this.radar = Objects.requireNonNull(radar, "radar");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
    }

    /**
     * The radar read as the viewer; {@code limit} says how many of its customers to list.
     *
     * @param scope the ticket scope asked for, as JQL ({@code ""} for all tickets)
     */
    record Result(RadarReport report, String scope, int limit, Viewer viewer) {
        /** The customers to list: the {@code limit} riskiest. */
        List<RadarEntry> listed() {
            return report.entries().stream().limit(limit).toList();
        }
    }

    /**
     * Reads the radar for the next {@code days} days (default: the site's setting) counted against {@code basis}
     * ({@code renewal} or {@code notice}), tickets limited to the JQL {@code scope} (all when absent), listing the
     * {@code limit} riskiest customers (default 20, at most 200).
     *
     * @throws BadParameterException for {@code days} outside 1–3650, an unknown {@code basis} or a {@code limit}
     *     outside 1–200 (checked before the viewer, as before)
     *     (401 and 403 come from the permissions' AccessDeniedException, 400 for a scope Jira cannot parse or run
     *     from InvalidScopeException)
     */
    Result read(String days, String basis, String scope, String limit) {
        PromiseKeeperSettings site = settings.current();
        int windowDays = QueryParams.whole(days, site.defaultDays(), 1, RenewalWindow.MAX_DAYS)
                .orElseThrow(() -> new BadParameterException(
                        "days", i18n.getText("promise-keeper.rest.error.days", days, RenewalWindow.MAX_DAYS)));
        WindowBasis windowBasis = basis(basis, site.basis())
                .orElseThrow(() ->
                        new BadParameterException("basis", i18n.getText("promise-keeper.radar.error.basis", basis)));
        int shown = QueryParams.whole(limit, DEFAULT_LIMIT, 1, MAX_LIMIT)
                .orElseThrow(() -> new BadParameterException(
                        "limit", i18n.getText("promise-keeper.rest.error.limit", limit, MAX_LIMIT)));
        Scope ticketScope = scope == null || scope.isBlank() ? Scope.all() : Scope.jql(scope.strip());
        Viewer viewer = permissions.requireRead();
        RadarRequest request = new RadarRequest(windowDays, windowBasis, ticketScope, viewer.maySeeMoney());
        return new Result(radar.look(request, site.radarSettings()), ticketScope.value(), shown, viewer);
    }

    private static Optional<WindowBasis> basis(String basis, WindowBasis fallback) {
        if (basis == null || basis.isBlank()) {
            return Optional.of(fallback);
        }
        return WindowBasis.fromWord(basis);
    }
}
