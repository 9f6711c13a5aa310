package dev.quickbite.gateway.deadletter;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Admin tooling for the dead-letter topics (HTTP Basic, role ADMIN). */
@RestController
@RequestMapping("/admin/dead-letters")
public class DeadLetterController {

    private final DeadLetterAdmin admin;

    public DeadLetterController(DeadLetterAdmin admin) {
        this.admin = admin;
    }

    @GetMapping
    public Map<String, List<DeadLetter>> list(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return Map.of("items", admin.open(limit));
    }

    @PostMapping("/{topic}/{partition}/{offset}/replay")
    public Map<String, Object> replay(@PathVariable String topic, @PathVariable int partition,
                                      @PathVariable long offset, Principal user) {
        DeadLetterId id = new DeadLetterId(topic, partition, offset);
        admin.replay(id, user.getName());
        return Map.of("replayed", id);
    }

    @PostMapping("/{topic}/{partition}/{offset}/discard")
    public Map<String, Object> discard(@PathVariable String topic, @PathVariable int partition,
                                       @PathVariable long offset, Principal user) {
        DeadLetterId id = new DeadLetterId(topic, partition, offset);
        admin.discard(id, user.getName());
        return Map.of("discarded", id);
    }

    @PostMapping("/replay-all")
    public Map<String, Object> replayAll(Principal user) {
        return Map.of("replayed", admin.replayAll(user.getName()));
    }
}
