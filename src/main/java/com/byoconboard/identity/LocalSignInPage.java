package com.byoconboard.identity;

import com.byoconboard.ui.Translations;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The local issuer's password form, in the product's look and the visitor's language, listing the demo
 * users (this issuer exists for local use and the sandbox only; a real deployment signs in at its own IdP).
 * Posts to Spring Security's {@code /login} with the CSRF token; field ids stay those of Spring's default page.
 */
@Controller
@ConditionalOnBooleanProperty("byoc.identity.local-issuer.enabled")
class LocalSignInPage {

    private final IdentityProperties properties;
    private final Translations translations;

    LocalSignInPage(IdentityProperties properties, Translations translations) {
        this.properties = properties;
        this.translations = translations;
    }

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String page(HttpServletRequest request) {
        Locale locale = language(request);
        var csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String notice = request.getParameter("error") != null ? "<p class=\"byoc-signin-error\" role=\"alert\">"
                + t(locale, "signin.error") + "</p>"
                : request.getParameter("logout") != null ? "<p class=\"byoc-signin-notice\">" + t(locale, "signin.loggedOut") + "</p>" : "";
        String users = properties.localIssuer().users().stream()
                .map(u -> "<tr><td><code>" + e(u.username()) + "</code></td><td><code>" + e(u.password())
                        + "</code></td><td>" + e(u.roles().stream().map(r -> t(locale, "identity.role." + r))
                        .collect(Collectors.joining(", "))) + "</td><td>" + e(u.organizationName() == null ? "—"
                        : u.organizationName()) + "</td></tr>")
                .collect(Collectors.joining());
        return """
                <!doctype html>
                <html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title><link rel="icon" href="icons/byoc.svg"><link rel="stylesheet" href="lumo/lumo.css">
                <link rel="stylesheet" href="styles/byoc.css"></head>
                <body class="byoc-signin-page"><main class="byoc-signin">
                <div class="byoc-signin-brand"><img src="icons/byoc.svg" alt="" width="40" height="40"><span>%s</span></div>
                <h1>%s</h1><p class="byoc-signin-intro">%s</p>%s
                <form method="post" action="login">
                <label for="username">%s</label><input id="username" name="username" autocomplete="username" required autofocus>
                <label for="password">%s</label><input id="password" name="password" type="password" autocomplete="current-password" required>
                <input type="hidden" name="%s" value="%s">
                <button type="submit">%s</button></form>
                <details class="byoc-signin-demo" open><summary>%s</summary>
                <table><thead><tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr></thead><tbody>%s</tbody></table></details>
                </main></body></html>
                """.formatted(locale.getLanguage(), e(t(locale, "signin.title")), e(t(locale, "signin.issuer")),
                e(t(locale, "signin.title")), e(t(locale, "signin.intro")), notice, e(t(locale, "signin.username")),
                e(t(locale, "signin.password")), e(csrf.getParameterName()), e(csrf.getToken()),
                e(t(locale, "signin.submit")), e(t(locale, "signin.demo")), e(t(locale, "signin.username")),
                e(t(locale, "signin.password")), e(t(locale, "signin.roles")), e(t(locale, "signin.organization")), users);
    }

    /** The language picked in the app's header (its cookie), else the browser's. */
    private static Locale language(HttpServletRequest request) {
        String chosen = request.getCookies() == null ? null : Arrays.stream(request.getCookies())
                .filter(c -> "byoc-lang".equals(c.getName())).map(Cookie::getValue).findFirst().orElse(null);
        Locale locale = chosen != null ? Locale.forLanguageTag(chosen) : request.getLocale();
        return "ja".equals(locale.getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
    }

    private String t(Locale locale, String key) {
        return translations.getTranslation(key, locale);
    }

    private static String e(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
