package com.byoconboard.support;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Support-side settings.
 *
 * @param mailFrom sender of the customer notification e-mails (SMTP itself is {@code spring.mail.*}; without
 *                 {@code spring.mail.host} no e-mail is sent)
 * @param appUrl the address customers open the app at, linked from the e-mails; blank: the app's
 *               {@link com.byoconboard.iac.PublicBaseUrl}
 */
@ConfigurationProperties("byoc.support")
public record SupportProperties(String mailFrom, String appUrl) {

    public SupportProperties {
        mailFrom = mailFrom == null ? "byoc-onboard@localhost" : mailFrom;
        appUrl = appUrl == null ? "" : appUrl.strip();
    }
}
