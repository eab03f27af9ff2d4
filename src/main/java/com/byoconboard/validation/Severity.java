package com.byoconboard.validation;

/** How much a finding matters: errors block submit, warnings and notices inform. */
public enum Severity { ERROR, WARNING, INFO }
