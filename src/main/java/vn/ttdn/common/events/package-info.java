/**
 * How events between modules are delivered, and the events that a module lower in the dependency order must hear
 * from one above it: {@link vn.ttdn.common.events.AgencySucceeded} is published by the directory (which depends on
 * identity) and heard by identity and planning, so it cannot live in either module without a cycle.
 */
package vn.ttdn.common.events;
