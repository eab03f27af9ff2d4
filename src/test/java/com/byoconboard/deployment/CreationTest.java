package com.byoconboard.deployment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CreationTest {

    @Test
    void everyCallThatMakesAResourceIsOneItsKindDeclaresSoTheRolePermitsIt() {
        for (ResourceType type : ResourceType.values()) {
            var declared = type.permissions().stream().map(Permission::action).toList();
            assertThat(declared).as(type.name()).containsAll(type.creation().actions());
        }
    }

    @Test
    void aStepsOwnCallsAreDeclaredByItExceptTheAssumeRoleTheVendorMakes() {
        for (StepKind step : StepKind.values()) {
            var own = step.ownCalls().actions().stream().filter(a -> !a.equals("sts:AssumeRole")).toList();
            assertThat(step.permissions().stream().map(Permission::action).toList()).as(step.id()).containsAll(own);
        }
    }

    @Test
    void theLongestChainFollowsTheHeaviestDependenciesAndSkippedStepsWeighNothing() {
        var applicable = List.of(StepKind.PREFLIGHT, StepKind.VPC, StepKind.SUBNETS, StepKind.INTERNET_GATEWAY,
                StepKind.ROUTE_TABLES, StepKind.S3_ENDPOINT, StepKind.DATA_BUCKET, StepKind.ENDPOINTS);

        var graph = StepGraph.longest(applicable, step -> step == StepKind.DATA_BUCKET ? 10 : 1);

        assertThat(graph.total()).isEqualTo(12);
        assertThat(graph.path()).containsExactly(StepKind.PREFLIGHT, StepKind.DATA_BUCKET, StepKind.ENDPOINTS);
        assertThat(StepGraph.longest(applicable, step -> 1).path()).containsExactly(StepKind.PREFLIGHT, StepKind.VPC,
                StepKind.SUBNETS, StepKind.ROUTE_TABLES, StepKind.S3_ENDPOINT, StepKind.ENDPOINTS);
        assertThat(StepGraph.longest(List.of(), step -> 1).total()).isZero();
    }
}
