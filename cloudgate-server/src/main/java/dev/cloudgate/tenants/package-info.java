/**
 * Cloud Connect tenants (SPEC-tenants): tenant accounts, their backup resources (repository quotas),
 * compute resources (hardware plan subscriptions), vCloud compute resources, subtenants, and the
 * hardware plans they subscribe to. Records here are the domain; wire shapes live in cloudgate-wire.
 */
package dev.cloudgate.tenants;
