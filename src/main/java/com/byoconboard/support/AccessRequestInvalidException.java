package com.byoconboard.support;

import java.util.List;

/** An access request support cannot make as given: the message key says what is wrong and how to fix it. */
public class AccessRequestInvalidException extends IllegalArgumentException {

    private final String messageKey;
    private final List<Object> args;

    AccessRequestInvalidException(String messageKey, Object... args) {
        super(messageKey + " " + List.of(args));
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }
}
