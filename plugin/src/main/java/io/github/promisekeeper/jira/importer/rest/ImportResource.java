package io.github.promisekeeper.jira.importer.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.sal.api.message.I18nResolver;
import io.github.promisekeeper.core.importer.CsvLayout;
import io.github.promisekeeper.core.importer.ImportOptions;
import io.github.promisekeeper.jira.importer.CustomerImport;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.permission.Viewer;
import io.github.promisekeeper.jira.web.JsonResponses;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.InputStream;
import java.util.Optional;

/**
 * {@code POST /rest/promise-keeper/1.0/import}: a CRM's CSV export, checked (dry run, the default) or
 * applied all-or-nothing. Consumes {@code text/csv} only, so a browser on another site cannot post a
 * form or {@code text/plain} here without a CORS preflight, which Jira refuses: those get 415.
 */
@Path("import")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    private final CustomerImport customerImport;
    private final Permissions permissions;
    private final JsonResponses responses;
    private final I18nResolver i18n;

    @Inject
    public ImportResource(
            CustomerImport customerImport, Permissions permissions, JsonResponses responses, I18nResolver i18n) {
        this.customerImport = customerImport;
        this.permissions = permissions;
        this.responses = responses;
        this.i18n = i18n;
    }

    /**
     * Reads the CSV body in {@code format} (auto, salesforce, hubspot or generic) and reports
     * {@code {"dryRun","applied","format","created","updated","unchanged","errors":[{line,column,message}],"changes"}};
     * with {@code dryRun=false} and no error it writes every customer, else nothing.
     *
     * <p>Failures: 400 for an unknown {@code format}, a {@code dryRun} other than true/false, an invalid
     * {@code dateFormat}, a header that matches no layout, or a body that is not UTF-8 CSV; 401 anonymous;
     * 403 without the edit right, or when the file carries contract values and the caller lacks the money
     * right; 409 when another import kept the lock too long; 413 beyond 20 MB or
     * 100,000 rows (read to its end first, up to 80 MB, so the client gets the answer); 415 for a body that is not {@code text/csv}.
     */
    @POST
    @Consumes("text/csv")
    @LicensedOnly
    public Response importCsv(
            @QueryParam("format") String format,
            @QueryParam("dryRun") String dryRun,
            @QueryParam("dateFormat") String dateFormat,
            @QueryParam("valueColumn") String valueColumn,
            @QueryParam("renewalColumn") String renewalColumn,
            InputStream body) {
        Optional<CsvLayout> layout = CsvLayout.byId(format);
        if (format != null && !format.isBlank() && !"auto".equalsIgnoreCase(format.strip()) && layout.isEmpty()) {
            return responses.error(
                    Response.Status.BAD_REQUEST, "format", i18n.getText("promise-keeper.import.error.format", format));
        }
        if (dryRun != null && !dryRun.isBlank() && !dryRun.strip().matches("(?i)true|false")) {
            return responses.error(
                    Response.Status.BAD_REQUEST, "dryRun", i18n.getText("promise-keeper.import.error.dry-run", dryRun));
        }
        boolean onlyCheck = dryRun == null || dryRun.isBlank() || Boolean.parseBoolean(dryRun.strip());
        Viewer viewer = permissions.requireEdit();
        ImportOptions options = new ImportOptions(layout, text(dateFormat), text(valueColumn), text(renewalColumn));
        return responses.ok(ImportView.from(
                customerImport.run(body, options, onlyCheck, viewer.author(), viewer.maySeeMoney()), i18n));
    }

    private static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
