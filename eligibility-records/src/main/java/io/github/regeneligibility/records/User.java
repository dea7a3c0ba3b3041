package io.github.regeneligibility.records;

/**
 * A user of the records.
 *
 * @param name the user's name, unique
 * @param role what the user may do
 * @param disabled whether the user is disabled: then neither a password nor a token of the user is
 *     accepted
 */
public record User(String name, UserRole role, boolean disabled) {}
