package com.byoconboard.iac.model;

import com.byoconboard.deployment.Blueprint;
import com.byoconboard.deployment.NetworkPlan;
import com.byoconboard.deployment.ResourceNames;
import com.byoconboard.onboarding.Onboarding;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The customer-managed VPC the templates describe: exactly the deployment model's network plan (the VPC
 * provisioning would build), with the same resource names, plus the vendor's tags.
 */
public record CustomerVpc(NetworkPlan plan, ResourceNames names, Map<String, String> tags) {

    public CustomerVpc {
        tags = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    /** The VPC, or why the inputs do not give one yet (an i18n key of the iac bundle and its arguments). */
    public static Result of(Vendor vendor, Onboarding onboarding) {
        return switch (NetworkPlan.of(onboarding.inputs().network())) {
            case NetworkPlan.NotReady(var key, var arguments) -> new NotReady(key, arguments);
            case NetworkPlan.Ready(var plan) -> {
                Map<String, String> tags = new LinkedHashMap<>(new TreeMap<>(vendor.tags()));
                var organization = TagValue.of(onboarding.inputs().account().organizationName());
                if (!organization.isEmpty()) {
                    tags.put("byoc-organization", organization);
                }
                tags.put(ResourceNames.BYOC_TAG, "true");
                yield new Ready(new CustomerVpc(plan, Blueprint.of(onboarding).names(), tags));
            }
        };
    }

    /** Either a VPC or the reason there is none. */
    public sealed interface Result {
    }

    public record Ready(CustomerVpc vpc) implements Result {
    }

    public record NotReady(String messageKey, java.util.List<Object> arguments) implements Result {
    }

    /** The Name tag of a resource of this VPC, the same provisioning gives it, e.g. {@code …-private-use1-az1}. */
    public String name(String suffix) {
        return names.named(suffix);
    }
}
