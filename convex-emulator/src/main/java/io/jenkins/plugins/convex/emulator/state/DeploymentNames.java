package io.jenkins.plugins.convex.emulator.state;

import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/** Makes deployment names in Convex's style, {@code happy-otter-123}. */
final class DeploymentNames {

    private static final List<String> ADJECTIVES = List.of(
            "happy", "calm", "brave", "clever", "gentle", "jolly", "lucky", "quiet", "rapid", "sunny",
            "tidy", "witty", "bold", "eager", "fancy", "merry", "polite", "proud", "silly", "zealous");
    private static final List<String> ANIMALS = List.of(
            "otter", "cow", "fox", "owl", "lynx", "panda", "koala", "heron", "badger", "beaver",
            "falcon", "gecko", "lemur", "moose", "okapi", "puffin", "quail", "raven", "seal", "tiger");

    private final Random random;

    DeploymentNames(Random random) {
        this.random = random;
    }

    String next(Predicate<String> taken) {
        while (true) {
            String name = ADJECTIVES.get(random.nextInt(ADJECTIVES.size())) + "-"
                    + ANIMALS.get(random.nextInt(ANIMALS.size())) + "-" + (100 + random.nextInt(900));
            if (!taken.test(name)) {
                return name;
            }
        }
    }
}
