package com.byoconboard.onboarding;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Duration;

/**
 * Hands every event whose listener failed (a mail server that was down, a database hiccup during an auto-start)
 * to it again, once it is older than {@code byoc.events.retry-after}; events left by a crash are handed again at
 * the next start as well ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PublicationRetries {

    private static final Logger LOG = LoggerFactory.getLogger(PublicationRetries.class);

    private final IncompleteEventPublications incomplete;
    private final Duration retryAfter;

    PublicationRetries(IncompleteEventPublications incomplete, @Value("${byoc.events.retry-after}") Duration retryAfter) {
        this.incomplete = incomplete;
        this.retryAfter = retryAfter;
    }

    @Scheduled(fixedDelayString = "${byoc.events.retry-after}", initialDelayString = "${byoc.events.retry-after}")
    void resubmit() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(retryAfter);
        } catch (RuntimeException e) {
            LOG.warn("Could not resubmit incomplete event publications; trying again in {}", retryAfter, e);
        }
    }
}
