package com.byoconboard.provisioning;

import java.util.List;

/** A translatable text: a key of the provisioning or aws bundle and its arguments. */
public record Message(String key, List<String> args) {

    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    public Object[] argsArray() {
        return args.toArray();
    }
}
