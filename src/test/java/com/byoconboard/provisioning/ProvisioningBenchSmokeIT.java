package com.byoconboard.provisioning;

/**
 * The provisioning benchmarks at the smallest size, in every build, so that they cannot rot: one round, 5 ms of
 * latency, AWS's waits divided by 600, each benchmark's code path once (Terraform plans the whole configuration
 * rather than applying it: {@code bench/provisioning} applies); figures printed, nothing recorded, no timing asserted.
 */
class ProvisioningBenchSmokeIT extends ProvisioningBenchCheck {

    @Override
    Sizes sizes() {
        return new Sizes(1, 5, 600, false, true);
    }
}
