package dev.quickbite.gateway.saga;

import static dev.quickbite.gateway.support.OrderFixtures.placeOrder;
import static dev.quickbite.gateway.support.OrderFixtures.uniqueUser;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quickbite.contract.OrderSagaProcess;
import dev.quickbite.contract.SagaVariables;
import dev.quickbite.gateway.support.GatewayIntegrationTest;
import dev.quickbite.gateway.support.TestInfrastructure;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.camunda.zeebe.protocol.record.value.VariableRecordValue;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class SagaStartTest extends GatewayIntegrationTest {

    @Test
    void anAcceptedOrderStartsItsSagaOnTheEngineWithTheOrderAsVariables() throws Exception {
        String user = uniqueUser();

        String orderId = placeOrder(mvc, user);

        Long processInstanceKey = eventually().until(() -> processInstanceKeyOf(orderId), key -> key != null);
        assertThat(sagaStartQueued(orderId)).isFalse();
        assertThat(processIdOf(processInstanceKey)).isEqualTo(OrderSagaProcess.PROCESS_ID);
        assertThat(variablesOf(processInstanceKey)).containsAllEntriesOf(Map.of(
                SagaVariables.ORDER_ID, "\"" + orderId + "\"",
                SagaVariables.USER_ID, "\"" + user + "\"",
                SagaVariables.SKU, "\"burger\"",
                SagaVariables.QUANTITY, "2",
                SagaVariables.NOTE, "\"no onions\"",
                SagaVariables.ORDER_DEADLINE, "\"PT2M\""));
    }

    /**
     * The replacement engine knows no deployments, like a restarted in-memory engine: the starter
     * gets NOT_FOUND for the process, redeploys the model and starts the saga.
     */
    @Test
    void whileTheEngineIsDownOrdersAreAcceptedAndTheirSagasStartOnceItIsBack() throws Exception {
        TestInfrastructure.stopEngine();
        String orderId;
        try {
            orderId = placeOrder(mvc, uniqueUser());

            Thread.sleep(1500);
            assertThat(sagaStartQueued(orderId)).isTrue();
            assertThat(processInstanceKeyOf(orderId)).isNull();
            assertThat(orderStatus(orderId)).isEqualTo("PENDING");
        } finally {
            TestInfrastructure.startEngine();
        }

        Long processInstanceKey = eventually().until(() -> processInstanceKeyOf(orderId), key -> key != null);
        assertThat(sagaStartQueued(orderId)).isFalse();
        assertThat(variablesOf(processInstanceKey)).containsEntry(SagaVariables.ORDER_ID, "\"" + orderId + "\"");
    }

    private Long processInstanceKeyOf(String orderId) {
        return jdbc.sql("SELECT process_instance_key FROM orders WHERE id = :id").param("id", orderId)
                .query(Long.class).optional().orElse(null);
    }

    private String orderStatus(String orderId) {
        return jdbc.sql("SELECT status FROM orders WHERE id = :id").param("id", orderId).query(String.class).single();
    }

    private boolean sagaStartQueued(String orderId) {
        return jdbc.sql("SELECT count(*) FROM saga_starts WHERE order_id = :id").param("id", orderId)
                .query(Long.class).single() == 1;
    }

    private static String processIdOf(long processInstanceKey) {
        return StreamSupport.stream(records().processInstanceRecords().spliterator(), false)
                .filter(r -> r.getKey() == processInstanceKey)
                .filter(r -> r.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATED)
                .map(Record::getValue)
                .filter(v -> v.getBpmnElementType() == BpmnElementType.PROCESS)
                .map(ProcessInstanceRecordValue::getBpmnProcessId)
                .findFirst().orElseThrow();
    }

    private static Map<String, String> variablesOf(long processInstanceKey) {
        Map<String, String> variables = new HashMap<>();
        for (Record<VariableRecordValue> record : records().variableRecords()) {
            if (record.getValue().getProcessInstanceKey() == processInstanceKey) {
                variables.put(record.getValue().getName(), record.getValue().getValue());
            }
        }
        return variables;
    }

    private static RecordStream records() {
        return RecordStream.of(TestInfrastructure.engine().getRecordStreamSource());
    }
}
