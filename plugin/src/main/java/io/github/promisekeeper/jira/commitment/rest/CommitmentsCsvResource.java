package io.github.promisekeeper.jira.commitment.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.settings.SettingsStore;
import io.github.promisekeeper.jira.web.CsvDownloads;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.time.LocalDate;

/**
 * {@code /rest/promise-keeper/1.0/commitments.csv}: what {@code GET /commitments} answers, as a CSV file for a
 * spreadsheet (same parameters, checks and rights; see {@link CommitmentsCsv} for the columns).
 */
@Path("commitments.csv")
@Produces(CsvDownloads.CSV_UTF_8)
public class CommitmentsCsvResource {

    private final CommitmentsReading reading;
    private final I18nResolver i18n;
    private final Clock clock;

    @Inject
    public CommitmentsCsvResource(
            CommitmentQueries queries,
            SettingsStore settings,
            Permissions permissions,
            I18nResolver i18n,
            Clock clock) {
        this.reading = new CommitmentsReading(queries, settings, permissions, i18n);
        this.i18n = i18n;
        this.clock = clock;
    }

    /**
     * The commitments {@code GET /commitments} would list for the same {@code customer}, {@code health},
     * {@code start} and {@code limit}, one row each, downloaded as {@code promises-<today>.csv}.
     *
     * <p>Failures (JSON, as {@code GET /commitments}): 400 when {@code customer} is not a customer key,
     * {@code health} names an unknown health, {@code start} is negative or {@code limit} is outside 1–500;
     * 401 anonymous; 403 without the read right.
     */
    @GET
    @LicensedOnly
    public Response commitments(
            @QueryParam("customer") String customer,
            @QueryParam("health") String health,
            @QueryParam("start") String start,
            @QueryParam("limit") String limit) {
        CommitmentsReading.Result read = reading.read(customer, health, start, limit);
        LocalDate today = LocalDate.now(clock);
        CommitmentsCsv rows = new CommitmentsCsv(i18n, read.viewer().maySeeMoney());
        return CsvDownloads.attachment(
                "promises-" + today + ".csv",
                csv -> rows.write(read.found().commitments(), read.found().customers(), today, csv));
    }
}
