package io.github.promisekeeper.jira.radar.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.radar.RadarEntry;
import io.github.promisekeeper.core.radar.RenewalRadar;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.settings.SettingsStore;
import io.github.promisekeeper.jira.web.CsvDownloads;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * {@code /rest/promise-keeper/1.0/radar.csv}: what {@code GET /radar} answers, as a CSV file for a spreadsheet
 * (same parameters, checks and rights; see {@link RadarCsv} for the columns).
 */
@Path("radar.csv")
@Produces(CsvDownloads.CSV_UTF_8)
public class RadarCsvResource {

    private final RadarReading reading;
    private final I18nResolver i18n;

    @Inject
    public RadarCsvResource(RenewalRadar radar, SettingsStore settings, Permissions permissions, I18nResolver i18n) {
        this.reading = new RadarReading(radar, settings, permissions, i18n);
        this.i18n = i18n;
    }

    /**
     * The customers {@code GET /radar} would list for the same {@code days}, {@code basis}, {@code scope} and
     * {@code limit}, riskiest first, one row each, downloaded as {@code renewal-radar-<today>.csv}.
     *
     * <p>Failures (JSON, as {@code GET /radar}): 400 for {@code days} outside 1–3650, an unknown {@code basis}, a
     * {@code limit} outside 1–200, or a {@code scope} Jira cannot parse or this viewer cannot run (with Jira's
     * message); 401 anonymous; 403 without the read right.
     */
    @GET
    @LicensedOnly
    public Response radar(
            @QueryParam("days") String days,
            @QueryParam("basis") String basis,
            @QueryParam("scope") String scope,
            @QueryParam("limit") String limit) {
        // The radar is read here, before the answer starts, so a refused scope is still a 400 and not a broken file.
        RadarReading.Result read = reading.read(days, basis, scope, limit);
        List<RadarEntry> listed = read.listed();
        RadarCsv rows = new RadarCsv(i18n, read.viewer().maySeeMoney());
        return CsvDownloads.attachment(
                "renewal-radar-" + read.report().window().today() + ".csv", csv -> rows.write(listed, csv));
    }
}
