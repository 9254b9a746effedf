package io.github.promisekeeper.preview;

import io.github.promisekeeper.jira.web.Html;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The preview's "Viewing as" switch: which demo user the current request is made by, from the
 * {@value #COOKIE} cookie that the page header's select sets (administrator when absent or unknown). A servlet
 * filter sets it for the request's thread; the preview's user manager reads it, so the plugin's own permission
 * checks decide what that user sees. Exists in the preview only.
 */
final class ViewingAs implements Filter {

    static final String COOKIE = "pk-preview-user";
    static final DemoUser DEFAULT = DemoUser.ADMIN;

    private final ThreadLocal<DemoUser> current = new ThreadLocal<>();

    /** The demo user of the request this thread is serving; the administrator outside a request. */
    DemoUser current() {
        DemoUser user = current.get();
        return user == null ? DEFAULT : user;
    }

    static DemoUser of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return Optional.ofNullable(cookies).stream()
                .flatMap(Arrays::stream)
                .filter(cookie -> cookie.getName().equals(COOKIE))
                .map(cookie -> DemoUser.named(cookie.getValue()))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(DEFAULT);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        current.set(request instanceof HttpServletRequest http ? of(http) : DEFAULT);
        try {
            chain.doFilter(request, response);
        } finally {
            current.remove();
        }
    }

    /** The header's select, the current user chosen; {@code viewing-as.js} sets the cookie and reloads. */
    static String select(DemoUser chosen) {
        StringBuilder options = new StringBuilder();
        for (DemoUser user : DemoUser.values()) {
            options.append("<option value=\"")
                    .append(Html.escape(user.username()))
                    .append('"')
                    .append(user == chosen ? " selected" : "")
                    .append('>')
                    .append(Html.escape(user.fullName() + " (" + user.username() + ")"))
                    .append("</option>");
        }
        return "<label class=\"pk-preview-viewing-as\">Viewing as <select id=\"pk-preview-viewing-as\" name=\"viewing-as\">"
                + options + "</select></label>";
    }
}
