package com.byoconboard.api;

/** Example bodies of the main operations for the OpenAPI document (what Swagger UI shows and clients copy). */
final class ApiExamples {

    private ApiExamples() {
    }

    static final String INPUTS = """
            {
              "account": {"accountId": "210987654321", "adminEmail": "platform@example.com",
                          "organizationName": "Example Corp", "kind": "DEDICATED"},
              "region": "us-east-1",
              "bootstrapRole": {"roleArn": "arn:aws:iam::210987654321:role/ClickHouseManagementRole",
                                "permissionsBoundaryArn": "", "allowVpcWrite": true, "allowIamRoleCreation": true,
                                "resourceNamePrefix": "clickhouse-cloud"},
              "network": {"mode": "NEW_VPC", "vpcCidr": "10.0.0.0/16", "azIds": ["use1-az1", "use1-az2", "use1-az4"],
                          "natGateways": "ONE_PER_AZ", "existingVpcId": "", "existingSubnets": [], "existingVpcCidr": ""},
              "connectivity": {"peeringEnabled": false, "peers": [], "allowList": ["203.0.113.0/24"],
                               "removePublicLoadBalancer": false},
              "maintenance": {"weekday": "TUESDAY", "startTime": "01:00", "timeZone": "America/Los_Angeles"}
            }""";

    static final String ONBOARDING = """
            {
              "id": "3f6c1f0e-8a55-4e0b-9f6a-5b3c2d1e0f9a", "organization": "sandbox-org", "state": "DRAFT",
              "revision": 0, "version": 2, "externalId": "byoc-7d2e4c1a9b",
              "inputs": {"region": "us-east-1", "account": {"accountId": "210987654321"}},
              "createdAt": "2026-12-01T09:00:00Z", "updatedAt": "2026-12-01T09:05:00Z"
            }""";

    static final String VALIDATION = """
            {
              "submittable": false,
              "findings": [
                {"ruleId": "NET-002", "field": "network.vpcCidr", "severity": "ERROR",
                 "message": "A /24 network is too small: each of the three private subnets is a quarter of the VPC and must be /23 or larger, so the VPC needs /21 or larger. Use a prefix from /16 to /21, e.g. 10.0.0.0/21.",
                 "fix": {"kind": "CORRECTED_VALUE", "text": "10.0.0.0/21"}}
              ]
            }""";

    static final String SUBMISSION_REFUSED = """
            {
              "type": "urn:byoc:problem:submission-refused", "title": "Rules still fail", "status": 422,
              "detail": "The inputs break these rules of the guide: NET-002. Fix them (see the validation), then submit again.",
              "ruleIds": ["NET-002"]
            }""";

    static final String VERSION_CONFLICT = """
            {
              "type": "urn:byoc:problem:version-conflict", "title": "Changed elsewhere", "status": 412,
              "detail": "The onboarding was changed since you read it; it is now version 3. Read it again, then apply your change to that version.",
              "currentVersion": 3, "ruleIds": []
            }""";

    static final String RUN = """
            {
              "state": "RUNNING", "onboardingState": "PROVISIONING", "startedAt": "2026-12-01T10:00:00Z",
              "finishedAt": null, "progress": 0.25,
              "steps": [
                {"step": "preflight", "state": "DONE", "attempts": 1, "startedAt": "2026-12-01T10:00:00Z",
                 "finishedAt": "2026-12-01T10:00:04Z", "error": null, "fix": null, "resources": []},
                {"step": "vpc", "state": "DONE", "attempts": 1, "startedAt": "2026-12-01T10:00:04Z",
                 "finishedAt": "2026-12-01T10:00:06Z", "error": null, "fix": null,
                 "resources": [{"type": "VPC", "logicalName": "vpc", "resourceId": "vpc-0a1b2c3d4e5f", "deleted": false}]},
                {"step": "subnets", "state": "RUNNING", "attempts": 1, "startedAt": "2026-12-01T10:00:06Z",
                 "finishedAt": null, "error": null, "fix": null, "resources": []}
              ],
              "actions": ["CANCEL"]
            }""";

    static final String OPERATION = """
            {
              "id": "9b0e7c52-1d4f-4c1e-8a2b-6f3e5d4c3b2a", "onboardingId": "3f6c1f0e-8a55-4e0b-9f6a-5b3c2d1e0f9a",
              "action": "START", "state": "RUNNING", "done": false, "createdAt": "2026-12-01T10:00:00Z",
              "run": {"state": "RUNNING", "onboardingState": "PROVISIONING", "progress": 0.25, "steps": [],
                      "actions": ["CANCEL"]},
              "errors": []
            }""";
}
