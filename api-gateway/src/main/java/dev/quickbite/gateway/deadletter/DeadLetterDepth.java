package dev.quickbite.gateway.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Gauge {@code quickbite.dlq.depth{topic}}: dead letters not yet replayed or discarded, computed
 * from the topics' offset ranges minus the handled ones, in the background.
 */
@Component
public class DeadLetterDepth {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterDepth.class);

    private final DeadLetterTopics topics;
    private final DeadLetterActions actions;
    private final TaskExecutor executor;
    private final Map<String, AtomicLong> depths = new HashMap<>();

    public DeadLetterDepth(DeadLetterTopics topics, DeadLetterActions actions, MeterRegistry registry,
                           TaskExecutor applicationTaskExecutor) {
        this.topics = topics;
        this.actions = actions;
        this.executor = applicationTaskExecutor;
        for (String topic : DeadLetterId.TOPICS) {
            AtomicLong depth = new AtomicLong();
            depths.put(topic, depth);
            Gauge.builder("quickbite.dlq.depth", depth, AtomicLong::get)
                    .description("Dead letters not yet replayed or discarded")
                    .tag("topic", topic)
                    .register(registry);
        }
    }

    public long of(String topic) {
        return depths.get(topic).get();
    }

    void refreshSoon() {
        executor.execute(this::refresh);
    }

    @Scheduled(fixedDelayString = "${quickbite.gateway.dlq.depth-refresh-interval:PT30S}")
    public void refresh() {
        for (String topic : DeadLetterId.TOPICS) {
            try {
                long open = 0;
                for (var range : topics.offsetRanges(topic).entrySet()) {
                    long from = range.getValue()[0];
                    long to = range.getValue()[1];
                    open += (to - from) - actions.countHandled(topic, range.getKey().partition(), from, to);
                }
                depths.get(topic).set(open);
            } catch (RuntimeException e) {
                log.debug("Cannot refresh dead-letter depth of {}: {}", topic, e.toString());
            }
        }
    }
}
