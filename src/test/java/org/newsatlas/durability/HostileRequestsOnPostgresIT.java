package org.newsatlas.durability;

import org.newsatlas.postgres.OnPostgres;

/** {@link HostileRequestsIT} on PostgreSQL. */
@OnPostgres
class HostileRequestsOnPostgresIT extends HostileRequestsIT {
}
