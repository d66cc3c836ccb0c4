package io.jenkins.plugins.convex.client.model;

import io.jenkins.plugins.convex.client.error.InvalidInputException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** An enum of the contract, spelt on the wire by {@link #wireValue()}. */
public interface WireEnum {

    String wireValue();

    /**
     * Parses a user's value for {@code field}, or fails naming the field, the value and what is
     * allowed. Used for requests only: responses keep the server's text so that an unknown value
     * coming back never breaks parsing.
     */
    static <E extends Enum<E> & WireEnum> E parse(Class<E> type, String field, String value) {
        if (value != null) {
            for (E e : type.getEnumConstants()) {
                if (e.wireValue().equals(value)) {
                    return e;
                }
            }
        }
        throw new InvalidInputException(field, value, "one of " + allowed(type));
    }

    static <E extends Enum<E> & WireEnum> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireEnum::wireValue).collect(Collectors.joining(", "));
    }
}
