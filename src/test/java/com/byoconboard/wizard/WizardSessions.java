package com.byoconboard.wizard;

import com.byoconboard.testing.UidlClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * Browser sessions of a customer without browsers, for the load benchmarks ({@link UidlClient}): drafts made the way
 * a customer makes them (New onboarding on the start page), and signed-in sessions left open on a draft's Network
 * step, whose VPC CIDR field triggers live validation.
 */
final class WizardSessions {

    /** A demo customer of the local issuer (application.yaml). */
    private static final String USER = "alice";
    private static final String PASSWORD = "alice-demo";

    private final URI base;
    private final HttpClient http = UidlClient.sharedHttp();

    WizardSessions(URI base) {
        this.base = base;
    }

    /** The app under test: {@code bench.base-url} and {@code bench.pid}, which the bench scripts pass. */
    static Target fromSystemProperties() {
        String url = System.getProperty("bench.base-url");
        String pid = System.getProperty("bench.pid");
        if (url == null || pid == null) {
            throw new IllegalStateException("No app to measure: run this through its bench/ script, which starts the "
                    + "packaged app and passes -Dbench.base-url and -Dbench.pid");
        }
        return new Target(URI.create(url.endsWith("/") ? url : url + "/"), Long.parseLong(pid));
    }

    /** Where the app listens and its process, whose heap is measured. */
    record Target(URI base, long pid) {
    }

    /** A signed-in session open on the Network step of {@code draft}, and the node of its VPC CIDR field. */
    record Session(UidlClient client, int cidrField) {
    }

    /** {@code count} new drafts, each made by New onboarding on the start page of one session. */
    List<String> createDrafts(int count) {
        var client = UidlClient.signIn(http, base, USER, PASSWORD);
        client.open("");
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var created = client.click(client.nodeWithId("new-onboarding").orElseThrow(
                    () -> new IllegalStateException("no New onboarding button on the start page")));
            String account = UidlClient.pushedLocation(created).orElseThrow(
                    () -> new IllegalStateException("New onboarding opened no wizard: " + created.uidl()));
            drafts.add(account.substring(0, account.lastIndexOf('/')));
            client.navigate("");
        }
        return drafts;
    }

    /** Signs in and opens the Network step of {@code draft} (a new tab: page, init, route). */
    Session open(String draft) {
        var client = UidlClient.signIn(http, base, USER, PASSWORD);
        client.open(draft + "/network");
        int field = client.nodeWithId("vpc-cidr").orElseThrow(
                () -> new IllegalStateException("no VPC CIDR field on " + draft + "/network"));
        return new Session(client, field);
    }

    /** {@code count} sessions, the i-th on {@code drafts[i % drafts]}, opened {@code parallel} at a time. */
    List<Session> open(List<String> drafts, int count, int parallel) throws InterruptedException {
        List<Session> sessions = Collections.synchronizedList(new ArrayList<>());
        List<RuntimeException> failures = Collections.synchronizedList(new ArrayList<>());
        var slots = new Semaphore(parallel);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                String draft = drafts.get(i % drafts.size());
                slots.acquire();
                threads.submit(() -> {
                    try {
                        sessions.add(open(draft));
                    } catch (RuntimeException e) {
                        failures.add(e);
                    } finally {
                        slots.release();
                    }
                });
            }
        }
        if (!failures.isEmpty()) {
            var failure = new IllegalStateException(failures.size() + " of " + count + " sessions could not be opened",
                    failures.getFirst());
            throw failure;
        }
        return new ArrayList<>(sessions);
    }
}
