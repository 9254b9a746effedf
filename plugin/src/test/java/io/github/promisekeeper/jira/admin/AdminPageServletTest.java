package io.github.promisekeeper.jira.admin;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.github.promisekeeper.core.mail.MailOut;
import io.github.promisekeeper.jira.permission.Permissions;
import io.github.promisekeeper.jira.permission.Role;
import io.github.promisekeeper.jira.platform.JiraServiceAvailability;
import io.github.promisekeeper.jira.testing.PropertiesI18nResolver;
import io.github.promisekeeper.jira.testing.VelocityTemplates;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatchers;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class AdminPageServletTest {

    private final UserManager userManager = mock(UserManager.class);
    private final TemplateRenderer templates = mock(TemplateRenderer.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter page = new StringWriter();
    private final WebSudoManager webSudo = mock(WebSudoManager.class);
    private final MailOut mailOut = mock(MailOut.class);
    private final AdminPageServlet servlet = servletWith(JiraServiceAvailability.all());

    private AdminPageServlet servletWith(JiraServiceAvailability availability) {
        return new AdminPageServlet(
                templates,
                new Permissions(userManager, () -> Role.GROUPS),
                new PropertiesI18nResolver(),
                availability,
                webSudo,
                mailOut);
    }

    @BeforeEach
    @SuppressWarnings("unchecked")
    void realTemplatesAndRequest() throws Exception {
        VelocityTemplates velocity = new VelocityTemplates();
        doAnswer(call -> {
                    call.<Writer>getArgument(2)
                            .write(velocity.render(call.getArgument(0), call.<Map<String, Object>>getArgument(1)));
                    return null;
                })
                .when(templates)
                .render(anyString(), anyMap(), any(Writer.class));
        when(response.getWriter()).thenReturn(new PrintWriter(page));
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getRequestURI()).thenReturn("/jira/plugins/servlet/promise-keeper/admin");
    }

    @Test
    void showsEditorsThePageInJirasAdminDecorator() throws Exception {
        Role.EDITOR.actOn(userManager);

        servlet.doGet(request, response);

        verify(response).setContentType("text/html;charset=UTF-8");
        assertThat(page.toString())
                .contains("<meta name=\"decorator\" content=\"admin\"/>")
                .contains("<section id=\"pk-admin\" class=\"pk-admin\">")
                .contains("<h2 id=\"pk-admin-import-heading\">Import from a CRM</h2>")
                .doesNotContain("$view");
    }

    @Test
    void sendsEditorsOutsideAWebSudoSessionToConfirmTheirPasswordFirst() throws Exception {
        Role.EDITOR.actOn(userManager);
        doThrow(new WebSudoSessionException("not in a WebSudo session"))
                .when(webSudo)
                .willExecuteWebSudoRequest(request);

        servlet.doGet(request, response);

        verify(webSudo).enforceWebSudoProtection(request, response);
        verify(templates, never()).render(anyString(), anyMap(), any(Writer.class));
        assertThat(page.toString()).isEmpty();
    }

    @Test
    void marksTheRequestAsWebSudoProtectedBeforeShowingThePage() throws Exception {
        Role.EDITOR.actOn(userManager);

        servlet.doGet(request, response);

        verify(webSudo).willExecuteWebSudoRequest(request);
        verify(webSudo, never()).enforceWebSudoProtection(any(), any());
        assertThat(page.toString()).contains("<section id=\"pk-admin\" class=\"pk-admin\">");
    }

    @Test
    void sendsAnonymousVisitorsToLogInAndBack() throws Exception {
        Role.ANONYMOUS.actOn(userManager);

        servlet.doGet(request, response);

        verify(response)
                .sendRedirect("/jira/login.jsp?os_destination=%2Fjira%2Fplugins%2Fservlet%2Fpromise-keeper%2Fadmin");
        assertThat(page.toString()).isEmpty();
    }

    @Test
    void refusesUsersWithoutTheEditRight() throws Exception {
        Role.FINANCE.actOn(userManager);

        servlet.doGet(request, response);

        verify(response).sendError(ArgumentMatchers.eq(403), anyString());
        verify(response, never()).getWriter();
    }

    @Test
    void escapesEveryTextTheViewShows() {
        AdminPageView hostile = new AdminPageView(
                "<script>x</script>", "\"><img>", "a&b", "'", "<i>", "<b>", "<u>", List.of("<em>off</em>"));

        String html = new VelocityTemplates().render(AdminPageServlet.TEMPLATE, Map.of("view", hostile));

        assertThat(html)
                .doesNotContain("<script>x")
                .doesNotContain("<img>")
                .doesNotContain("<b>")
                .doesNotContain("<i>")
                .contains("&lt;script&gt;x&lt;&#47;script&gt;")
                .contains("a&amp;b")
                .contains("<h2 id=\"pk-admin-backfill-heading\">&lt;i&gt;</h2>")
                .doesNotContain("<u>")
                .doesNotContain("<em>")
                .contains("<li>&lt;em&gt;off&lt;&#47;em&gt;</li>");
    }

    @Test
    void namesTheFeaturesSwitchedOffForServicesJiraDoesNotOffer() throws Exception {
        Role.EDITOR.actOn(userManager);

        servletWith(JiraServiceAvailability.with(
                        TimeZoneManager.class,
                        ClusterLockService.class,
                        AvatarManager.class,
                        IssueLinkTypeManager.class))
                .doGet(request, response);

        assertThat(page.toString())
                .contains("<h2>Unavailable features</h2>")
                .contains("<li>Sales commitments and the epics delivering them are not found. Jira does not offer its"
                        + " IssueLinkManager service to apps on this site.</li>")
                .doesNotContain("TimeZoneManager")
                .doesNotContain("$view");
    }

    @Test
    void saysSoWhenJiraHasNoOutgoingMailServer() throws Exception {
        Role.EDITOR.actOn(userManager);
        when(mailOut.canSend()).thenReturn(false);

        servlet.doGet(request, response);

        assertThat(page.toString())
                .contains("<h2>Unavailable features</h2>")
                .contains("<li>No mail is sent (slip alerts, weekly digest): Jira has no outgoing mail server;"
                        + " an administrator configures one under System &gt; Outgoing Mail.</li>");
    }

    @Test
    void showsNoUnavailableFeaturesWhenJiraOffersEveryService() throws Exception {
        Role.EDITOR.actOn(userManager);
        when(mailOut.canSend()).thenReturn(true);

        servlet.doGet(request, response);

        assertThat(page.toString()).doesNotContain("Unavailable features").doesNotContain("pk-admin-unavailable");
    }
}
