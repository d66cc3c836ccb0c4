package io.jenkins.plugins.convex.emulator.faults;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The faults in force, consulted (and used up) by each /v1 request, first added first. */
public final class FaultRegistry {

    private final Map<Long, Fault> faults = new LinkedHashMap<>();
    private final Map<Long, Integer> remaining = new LinkedHashMap<>();
    private long nextId = 1;

    public synchronized Fault add(String method, java.util.regex.Pattern pathRegex, Integer status, int times,
            Integer retryAfter, long delayMs, boolean drop) {
        Fault fault = new Fault(nextId++, method, pathRegex, status, times, retryAfter, delayMs, drop);
        faults.put(fault.id(), fault);
        remaining.put(fault.id(), times);
        return fault;
    }

    /** The first fault matching the request, counting it as used once. */
    public synchronized Optional<Fault> take(String method, String path) {
        Iterator<Fault> it = faults.values().iterator();
        while (it.hasNext()) {
            Fault fault = it.next();
            if (!fault.matches(method, path)) {
                continue;
            }
            int left = remaining.get(fault.id());
            if (left != Fault.UNTIL_CLEARED) {
                left--;
                if (left <= 0) {
                    it.remove();
                    remaining.remove(fault.id());
                } else {
                    remaining.put(fault.id(), left);
                }
            }
            return Optional.of(fault);
        }
        return Optional.empty();
    }

    /** The faults in force with how many uses each has left. */
    public synchronized List<Map.Entry<Fault, Integer>> active() {
        List<Map.Entry<Fault, Integer>> result = new ArrayList<>();
        faults.values().forEach(f -> result.add(Map.entry(f, remaining.get(f.id()))));
        return result;
    }

    public synchronized void clear() {
        faults.clear();
        remaining.clear();
    }
}
