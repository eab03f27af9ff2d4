package com.byoconboard.deployment;

import java.util.Map;

/**
 * A call the plan makes in one onboarding's account: the action, the concrete resource ARN and the condition
 * context it carries, and the statement of our template that grants it. What pre-flight proves before anything
 * is created, and what a denial is reported as.
 */
public record RequiredPermission(String action, String resource, Map<String, String> context, String statement) {

    public RequiredPermission {
        context = Map.copyOf(context);
    }

    /** e.g. {@code s3:CreateBucket on arn:aws:s3:::clickhouse-cloud-1a2b3c4d5e-data}. */
    @Override
    public String toString() {
        return action + " on " + resource;
    }
}
