package dev.quickbite.gateway.web;

import dev.quickbite.gateway.readmodel.TimelineEntry;
import java.util.List;

public record Timeline(String orderId, List<TimelineEntry> events) {
}
