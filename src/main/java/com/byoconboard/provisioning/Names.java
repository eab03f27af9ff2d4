package com.byoconboard.provisioning;

import com.byoconboard.onboarding.OnboardingId;

import java.util.LinkedHashMap;
import java.util.Map;

/** Names and tags of everything a run creates: derived from the onboarding id alone, so a retry finds them again. */
final class Names {

    static final String ONBOARDING_TAG = "byoc:onboarding-id";
    static final String RESOURCE_TAG = "byoc:resource";
    static final String BYOC_TAG = "clickhouse-byoc";
    static final String INTERNAL_ELB_TAG = "kubernetes.io/role/internal-elb";
    static final String PUBLIC_ELB_TAG = "kubernetes.io/role/elb";
    /** EKS needs the name prefix the bootstrap role's policy allows. */
    static final String CLUSTER_PREFIX = "clickhouse-cloud-";

    private final OnboardingId id;
    private final String shortId;

    Names(OnboardingId id) {
        this.id = id;
        this.shortId = id.value().toString().replace("-", "").substring(0, 10);
    }

    String shortId() {
        return shortId;
    }

    String prefix() {
        return "clickhouse-byoc-" + shortId;
    }

    String named(String suffix) {
        return prefix() + "-" + suffix;
    }

    String bucket() {
        return "clickhouse-byoc-" + id.value().toString().replace("-", "") + "-data";
    }

    String cluster() {
        return CLUSTER_PREFIX + shortId;
    }

    String nodeGroup() {
        return cluster() + "-workers";
    }

    String role(String suffix) {
        return named(suffix);
    }

    /** Our tags on a resource: whose it is, that it is BYOC, and which planned resource it is. */
    Map<String, String> tags(String logicalName, String name) {
        var tags = new LinkedHashMap<String, String>();
        tags.put("Name", name);
        tags.put(ONBOARDING_TAG, id.toString());
        tags.put(BYOC_TAG, "true");
        tags.put(RESOURCE_TAG, logicalName);
        return tags;
    }
}
