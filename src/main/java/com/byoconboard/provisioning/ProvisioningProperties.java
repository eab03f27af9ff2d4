package com.byoconboard.provisioning;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How provisioning runs.
 *
 * @param autoStartOnSubmit     approve and start provisioning as soon as an onboarding is submitted (sandbox:
 *                              there is no support person to approve)
 * @param rolePropagationWait   how long pre-flight keeps trying to assume a role that AWS refuses (a new
 *                              role takes a while to be visible everywhere)
 * @param rolePropagationPoll   first pause between those attempts; doubles each time
 * @param stepAttempts          executions of a step whose AWS calls keep failing transiently before the run fails
 * @param waiterPoll            pause between two looks at a resource that is not ready yet (SDK waiters)
 * @param waiterTimeout         how long to wait for one resource (an EKS cluster takes 10-15 minutes on AWS)
 * @param endpointDomain        the domain of the customers' endpoint host names
 * @param privateZoneDomain     the domain of the Route 53 private hosted zones
 * @param kubernetesVersion     EKS version of new clusters
 * @param nodeInstanceType      EC2 instance type of the first node group
 * @param quotas                AWS's documented default quotas, used where no API reports the account's own
 * @param progressPoll          how often an open progress view reads the journal
 * @param peeringAcceptancePoll how often a peering connection is looked at while it waits for the peer's acceptance
 */
@ConfigurationProperties("byoc.provisioning")
public record ProvisioningProperties(
        boolean autoStartOnSubmit,
        Duration rolePropagationWait,
        Duration rolePropagationPoll,
        int stepAttempts,
        Duration waiterPoll,
        Duration waiterTimeout,
        String endpointDomain,
        String privateZoneDomain,
        String kubernetesVersion,
        String nodeInstanceType,
        Quotas quotas,
        Duration progressPoll,
        Duration peeringAcceptancePoll) {

    public ProvisioningProperties {
        rolePropagationWait = rolePropagationWait == null ? Duration.ofMinutes(2) : rolePropagationWait;
        rolePropagationPoll = rolePropagationPoll == null ? Duration.ofSeconds(2) : rolePropagationPoll;
        stepAttempts = stepAttempts <= 0 ? 8 : stepAttempts;
        waiterPoll = waiterPoll == null ? Duration.ofSeconds(15) : waiterPoll;
        waiterTimeout = waiterTimeout == null ? Duration.ofMinutes(30) : waiterTimeout;
        endpointDomain = endpointDomain == null ? "byoc.clickhouse.cloud" : endpointDomain;
        privateZoneDomain = privateZoneDomain == null ? "byoc.internal" : privateZoneDomain;
        kubernetesVersion = kubernetesVersion == null ? "1.31" : kubernetesVersion;
        nodeInstanceType = nodeInstanceType == null ? "m6i.xlarge" : nodeInstanceType;
        quotas = quotas == null ? new Quotas(5, 5, 5) : quotas;
        progressPoll = progressPoll == null ? Duration.ofSeconds(1) : progressPoll;
        peeringAcceptancePoll = peeringAcceptancePoll == null ? Duration.ofMinutes(1) : peeringAcceptancePoll;
    }

    /**
     * AWS's default quotas (Service Quotas is not reachable from here; see the README).
     *
     * @param vpcsPerRegion    VPCs an account may have in a region
     * @param natGatewaysPerAz NAT gateways an account may have in one availability zone
     * @param elasticIps       Elastic IP addresses an account may have in a region
     */
    public record Quotas(int vpcsPerRegion, int natGatewaysPerAz, int elasticIps) {
    }
}
