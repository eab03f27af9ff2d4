package com.byoconboard.deployment;

import com.byoconboard.onboarding.OnboardingId;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names and ownership tags of everything the vendor creates for one onboarding, all starting with the
 * onboarding's resource name prefix: the bootstrap role's policy is scoped to that prefix, so a name that did not
 * start with it would be denied on AWS. Derived from the onboarding alone, so a retry finds everything again.
 *
 * @param prefix  e.g. {@code clickhouse-cloud}
 * @param shortId the first ten hex digits of the onboarding ID, to tell two onboardings of one account apart
 */
public record ResourceNames(String prefix, String shortId, String onboardingId) {

    public static final String ONBOARDING_TAG = "byoc:onboarding-id";
    public static final String RESOURCE_TAG = "byoc:resource";
    public static final String BYOC_TAG = "clickhouse-byoc";
    /** The object in the data bucket that holds the maintenance window, which the vendor's upgrade scheduler reads. */
    public static final String MAINTENANCE_WINDOW_KEY = "byoc/maintenance-window.json";
    /** Subnets where internal load balancers go; the guide asks for it on every private subnet. */
    public static final String INTERNAL_ELB_TAG = "kubernetes.io/role/internal-elb";
    public static final String PUBLIC_ELB_TAG = "kubernetes.io/role/elb";

    public static ResourceNames of(String prefix, OnboardingId id) {
        String hex = id.value().toString().replace("-", "");
        return new ResourceNames(prefix, hex.substring(0, 10), id.toString());
    }

    /** {@code <prefix>-<shortId>}: the EKS cluster's name, and the start of every other name. */
    public String base() {
        return prefix + "-" + shortId;
    }

    /** The name of one of our resources, e.g. {@code clickhouse-cloud-1a2b3c4d5e-private-use1-az1}. */
    public String named(String suffix) {
        return base() + "-" + suffix;
    }

    public String bucket() {
        return named("data");
    }

    public String cluster() {
        return base();
    }

    public String nodeGroup() {
        return named("workers");
    }

    public String role(ControllerRole role) {
        return named(role.suffix());
    }

    /** Our tags on a resource: whose it is, that it is BYOC, and which planned resource it is. */
    public Map<String, String> tags(String logicalName, String name) {
        var tags = new LinkedHashMap<String, String>();
        tags.put("Name", name);
        tags.putAll(ownership(logicalName));
        return tags;
    }

    /** The tags that mark a resource as this onboarding's, without a Name (for resources the customer owns). */
    public Map<String, String> ownership(String logicalName) {
        var tags = new LinkedHashMap<String, String>();
        tags.put(ONBOARDING_TAG, onboardingId);
        tags.put(BYOC_TAG, "true");
        tags.put(RESOURCE_TAG, logicalName);
        return tags;
    }
}
