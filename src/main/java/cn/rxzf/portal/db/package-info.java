/**
 * The database: PostgreSQL, embedded (one command runs everything) or external (several service instances share it),
 * with durable commits, Flyway migrations and JDBI on a HikariCP pool.
 */
package cn.rxzf.portal.db;
