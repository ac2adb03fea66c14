/**
 * The command line ({@code cydip}, picocli): each command parses, calls one room and prints;
 * exit codes 0 ok, 1 "no", 2 usage or unreadable input, mapped in {@link org.w3id.cydip.cli.Main}.
 *
 * <p>May use every room.
 */
package org.w3id.cydip.cli;
