package com.byoconboard.iac;

import java.util.List;

/**
 * One piece of infrastructure in both formats.
 *
 * @param cloudFormation the CloudFormation template
 * @param terraform      the Terraform module directory, file by file
 * @param rootSnippet    the root-module code the customer adds to use the module
 */
public record Artifacts(IacTemplate template, GeneratedFile cloudFormation, List<GeneratedFile> terraform,
                        String rootSnippet) {

    public Artifacts {
        terraform = List.copyOf(terraform);
    }
}
