package io.github.promisekeeper.jira.radar.rest;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.google.gson.JsonParser;
import io.github.promisekeeper.core.ticket.Scope;
import io.github.promisekeeper.jira.search.JqlSearch;
import io.github.promisekeeper.jira.testing.PropertiesI18nResolver;
import io.github.promisekeeper.jira.testing.TranslatedI18nResolver;
import io.github.promisekeeper.jira.ticket.InvalidScopeException;
import io.github.promisekeeper.jira.ticket.ScopeClause;
import io.github.promisekeeper.jira.web.Json;
import io.github.promisekeeper.jira.web.JsonResponses;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;

class InvalidScopeMapperTest {

    private final JqlSearch search = new JqlSearch(mock(SearchService.class), mock(JiraAuthenticationContext.class));
    private final JsonResponses responses = new JsonResponses(new Json());

    @Test
    void refusesAScopeBeforeJiraSeesItInTheSameEnglishAsBefore() {
        InvalidScopeMapper english = new InvalidScopeMapper(new PropertiesI18nResolver(), responses);

        assertThat(List.of(
                        english.toResponse(refused(new Scope(Scope.Kind.FILTER, "mine"))),
                        english.toResponse(refused(Scope.jql("(project = SUP")))))
                .extracting(InvalidScopeMapperTest::message)
                .containsExactly(
                        "The filter 'mine' is not a filter id.", "The JQL scope has unbalanced parentheses or quotes.");
    }

    @Test
    void refusesAScopeInTheViewersLanguage() {
        InvalidScopeMapper german = new InvalidScopeMapper(
                TranslatedI18nResolver.german(
                        Map.of("promise-keeper.rest.error.scope.filter", "Der Filter ''{0}'' ist keine Filter-ID.")),
                responses);

        assertThat(message(german.toResponse(refused(new Scope(Scope.Kind.FILTER, "mine")))))
                .isEqualTo("Der Filter 'mine' ist keine Filter-ID.");
    }

    private static String message(Response response) {
        return JsonParser.parseString((String) response.getEntity())
                .getAsJsonObject()
                .getAsJsonArray("errors")
                .get(0)
                .getAsJsonObject()
                .get("message")
                .getAsString();
    }

    private InvalidScopeException refused(Scope scope) {
        return catchThrowableOfType(InvalidScopeException.class, () -> ScopeClause.of(scope, search));
    }
}
