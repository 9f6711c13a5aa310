package dev.quickbite.zeebe;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/** What the engine recorded for one process instance, read from its record stream. */
record EngineRecords(ZeebeTestEngine engine, long processInstanceKey) {

    boolean completedElement(String elementId) {
        return StreamSupport.stream(stream().processInstanceRecords().spliterator(), false)
                .filter(r -> r.getValue().getProcessInstanceKey() == processInstanceKey)
                .filter(r -> r.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED)
                .anyMatch(r -> r.getValue().getElementId().equals(elementId));
    }

    boolean processCompleted() {
        return StreamSupport.stream(stream().processInstanceRecords().spliterator(), false)
                .filter(r -> r.getValue().getProcessInstanceKey() == processInstanceKey)
                .filter(r -> r.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED)
                .anyMatch(r -> r.getValue().getBpmnElementType() == BpmnElementType.PROCESS);
    }

    /** The latest value of a variable, as JSON. */
    Optional<String> variable(String name) {
        return StreamSupport.stream(stream().variableRecords().spliterator(), false)
                .filter(r -> r.getValue().getProcessInstanceKey() == processInstanceKey)
                .filter(r -> r.getValue().getName().equals(name))
                .reduce((first, second) -> second)
                .map(r -> r.getValue().getValue());
    }

    List<JobRecordValue> jobs(JobIntent intent) {
        return StreamSupport.stream(stream().jobRecords().spliterator(), false)
                .filter(r -> r.getValue().getProcessInstanceKey() == processInstanceKey)
                .filter(r -> r.getIntent() == intent)
                .map(Record::getValue)
                .toList();
    }

    List<IncidentRecordValue> incidents() {
        return StreamSupport.stream(stream().incidentRecords().spliterator(), false)
                .filter(r -> r.getValue().getProcessInstanceKey() == processInstanceKey)
                .filter(r -> r.getIntent() == IncidentIntent.CREATED)
                .map(Record::getValue)
                .toList();
    }

    private RecordStream stream() {
        return RecordStream.of(engine.getRecordStreamSource());
    }
}
