package io.jenkins.plugins.convex.emulator.http;

import io.jenkins.plugins.convex.emulator.RecordedRequest;
import java.util.ArrayList;
import java.util.List;

/** The requests seen under /v1 and /d/ (deployments' APIs), for tests that count calls (no duplicate creates, retries made). */
public final class RequestLog {

    private final List<RecordedRequest> requests = new ArrayList<>();

    synchronized void add(RecordedRequest request) {
        requests.add(request);
    }

    public synchronized List<RecordedRequest> all() {
        return List.copyOf(requests);
    }

    public synchronized void clear() {
        requests.clear();
    }
}
