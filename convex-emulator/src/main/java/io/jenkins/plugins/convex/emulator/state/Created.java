package io.jenkins.plugins.convex.emulator.state;

/** Something just created together with the secret that is shown only this once. */
public record Created<T>(T value, String secret) {

    @Override
    public String toString() {
        return "Created[" + value + ", secret=****]";
    }
}
