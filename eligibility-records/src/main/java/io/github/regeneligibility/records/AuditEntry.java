package io.github.regeneligibility.records;

import java.time.Instant;

/**
 * One entry of the audit log.
 *
 * @param at when it happened (UTC), to the millisecond
 * @param event what happened
 * @param actor who did it: a user's name, or the name given for the command line
 * @param subject what it was done to: a user's or a token's name; empty when unknown
 * @param address the client's address, empty for the command line
 */
public record AuditEntry(
    Instant at, AuditEvent event, String actor, String subject, String address) {}
