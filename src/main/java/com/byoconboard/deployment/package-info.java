/**
 * What a BYOC deployment consists of, decided once for every module: the names of what the vendor creates, the
 * new VPC's network plan, the provisioning steps with the resources and IAM permissions each needs, and the
 * evaluation of IAM policies against those needs. Pure Java: templates, pre-flight and provisioning all read it.
 */
package com.byoconboard.deployment;
