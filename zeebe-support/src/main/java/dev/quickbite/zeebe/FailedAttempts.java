package dev.quickbite.zeebe;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts a job's failed attempts so its retry backoff can grow. Zeebe does not count them, so two
 * sources are combined: a job-local variable sent with each fail command (survives a move to
 * another worker instance on a real gateway; the in-memory test engine drops such variables), and
 * this instance's own memory of the jobs it failed. The larger count wins.
 */
final class FailedAttempts {

    /** Job-local variable; Zeebe scopes it to the task, so it disappears when the task ends. */
    static final String VARIABLE = "quickbiteFailedAttempts";
    private static final int REMEMBERED_JOBS = 10_000;

    private final Map<Long, Integer> byJobKey = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Integer> eldest) {
            return size() > REMEMBERED_JOBS;
        }
    };

    /** Failures before this attempt, given the job's variable value (may be absent). */
    synchronized int before(long jobKey, Object variableValue) {
        int fromVariable = variableValue instanceof Number n ? Math.max(0, n.intValue()) : 0;
        return Math.max(fromVariable, byJobKey.getOrDefault(jobKey, 0));
    }

    synchronized void recordFailure(long jobKey, int failuresSoFar) {
        byJobKey.put(jobKey, failuresSoFar);
    }

    synchronized void forget(long jobKey) {
        byJobKey.remove(jobKey);
    }
}
